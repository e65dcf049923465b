import type { Interaction } from 'discord.js';
import { runLeaderboardCommand } from './commands/leaderboard.js';
import { runQuizCommand, suggestBanks } from './commands/quiz.js';
import { recordAnswer } from './components/answer-select.js';
import type { BotContext } from './context.js';
import { describeError } from './discord-errors.js';
import { tellMember } from './reply.js';

/**
 * Sends each interaction to its handler. This is the last line of defence: whatever a handler
 * throws is logged with its ids, the member gets a short apology, and the bot keeps serving.
 */
export async function routeInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  try {
    await dispatch(ctx, interaction);
  } catch (error) {
    const ids = {
      guild: interaction.guildId,
      channel: interaction.channelId,
      user: interaction.user.id,
      interaction: interaction.id,
      command: interaction.isCommand() ? interaction.commandName : undefined,
      customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    };
    ctx.log.error({ ...ids, error: describeError(error) }, 'interaction failed');
    if (interaction.isAutocomplete()) return;
    await tellMember(interaction, 'Sorry, something went wrong on my side. Please try again.').catch(
      (replyError: unknown) =>
        ctx.log.warn({ ...ids, error: describeError(replyError) }, 'apology not delivered'),
    );
  }
}

async function dispatch(ctx: BotContext, interaction: Interaction): Promise<void> {
  if (!interaction.inGuild()) return;

  if (interaction.isChatInputCommand()) {
    if (interaction.commandName === 'quiz') return runQuizCommand(ctx, interaction);
    if (interaction.commandName === 'leaderboard') return runLeaderboardCommand(ctx, interaction);
  } else if (interaction.isAutocomplete()) {
    if (interaction.commandName === 'quiz') return suggestBanks(ctx, interaction);
  } else if (interaction.isStringSelectMenu()) {
    return recordAnswer(ctx, interaction);
  }
  ctx.log.warn({ type: interaction.type, interaction: interaction.id }, 'interaction without a handler');
}
