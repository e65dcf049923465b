import type { MessageComponentInteraction } from 'discord.js';
import type { ComponentHandler } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { renderLeaderboardPage } from '../leaderboard-page.js';
import { privately } from '../reply.js';
import { LEADERBOARD_PREFIX, parseLeaderboardPageId } from './leaderboard-page-id.js';

/**
 * Previous/Next on a leaderboard: redraws the message in place (an update, callback type 7) with
 * the page the button names, read fresh. Any member may turn the pages; the rank shown stays
 * that of the member who ran the command.
 */
async function turnPage(ctx: BotContext, interaction: MessageComponentInteraction<'cached' | 'raw'>) {
  const view = parseLeaderboardPageId(interaction.customId);
  const message = view && renderLeaderboardPage(ctx, interaction.guildId, view);
  if (!message) {
    await interaction.reply(privately('This leaderboard button is not one I know.'));
    return;
  }
  await interaction.update(message);
}

export const leaderboardPages: ComponentHandler = { prefix: LEADERBOARD_PREFIX, handle: turnPage };
