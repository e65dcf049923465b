import type { ChatInputCommandInteraction } from 'discord.js';
import { readLeaderboard, readStanding, type Standing } from '../../db/leaderboard.js';
import type { BotContext } from '../context.js';
import { NO_PINGS } from '../embeds/question-message.js';

const PAGE_SIZE = 10;

/** `/leaderboard`: the server's top ten, and the caller's own rank when outside it. */
export async function runLeaderboardCommand(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction<'cached' | 'raw'>,
) {
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

export function formatStanding(s: Standing): string {
  return `**${s.rank}.** <@${s.userId}> · ${formatPoints(s.points)} (${s.exact}/${s.answered} right)`;
}

/** Partial credit gives fractions; two decimals are plenty and whole numbers stay whole. */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'point' : 'points'}`;
}
