import type { APIEmbed } from 'discord.js';
import type { QuestionStats } from '../../db/stats.js';
import { clip, LIMITS, linesWithin } from './limits.js';

/** At most this many wrong options per question: the ones that drew the most members. */
const WRONG_SHOWN = 2;

/**
 * `/bank stats`: one line per question asked in this server, hardest first, as many as fit in
 * one embed description (4,096 characters); the count of the rest is named, never dropped silently.
 */
export function buildBankStatsEmbed(bankTitle: string, stats: readonly QuestionStats[]): APIEmbed {
  const title = clip(`Question stats · ${bankTitle}`, LIMITS.embedTitle);
  if (stats.length === 0) {
    return { color: 0x5865f2, title, description: 'No question of this bank has been answered here yet.' };
  }

  const description = linesWithin(
    stats.map(formatQuestionStats),
    LIMITS.embedDescription,
    (n) => `…and ${n} more`,
  );
  return {
    color: 0x5865f2,
    title,
    description,
    footer: { text: 'Hardest first. Right means exactly the right set of options.' },
  };
}

export function formatQuestionStats(q: QuestionStats): string {
  const label = q.version > 1 ? `Q${q.number} (v${q.version})` : `Q${q.number}`;
  const share = `${q.right}/${q.answered} right (${Math.round((q.right / q.answered) * 100)}%)`;
  const wrong = q.wrongPicks
    .slice(0, WRONG_SHOWN)
    .map((pick) => `${pick.letter} ×${pick.members}`)
    .join(', ');
  return `**${label}** · ${share}${wrong ? ` · wrong picks: ${wrong}` : ''}`;
}
