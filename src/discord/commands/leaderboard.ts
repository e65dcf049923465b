import { type ChatInputCommandInteraction, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { readLeaderboard, readStanding, type Standing } from '../../db/leaderboard.js';
import type { BotContext } from '../context.js';
import { NO_PINGS } from '../embeds/question-message.js';
import type { SlashCommand } from './command.js';

const PAGE_SIZE = 10;

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  const scope = { guildId: interaction.guildId };
  const top = readLeaderboard(ctx.db, scope, { limit: PAGE_SIZE, offset: 0 });
  const own = readStanding(ctx.db, scope, interaction.user.id);

  const lines = top.map(formatStanding);
  if (own && own.rank > PAGE_SIZE) lines.push('…', formatStanding(own));
  if (!own) lines.push('', 'You have no scored answers yet.');

  await interaction.reply({
    embeds: [
      {
        color: 0x5865f2,
        title: 'Leaderboard',
        description: top.length === 0 ? 'No answers have been scored yet.' : lines.join('\n'),
      },
    ],
    allowedMentions: NO_PINGS,
  });
}

const data = new SlashCommandBuilder()
  .setName('leaderboard')
  .setDescription("This server's top members by points")
  .setContexts(InteractionContextType.Guild);

/** `/leaderboard`: the server's top ten, and the caller's own rank when outside it. */
export const leaderboardCommand: SlashCommand = { data: data.toJSON(), run };

export function formatStanding(s: Standing): string {
  return `**${s.rank}.** <@${s.userId}> · ${formatPoints(s.points)} (${s.exact}/${s.answered} right)`;
}

/** Partial credit gives fractions; two decimals are plenty and whole numbers stay whole. */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'point' : 'points'}`;
}
