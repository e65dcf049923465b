import type { APIEmbed } from 'discord.js';
import type { Standing } from '../../db/leaderboard.js';
import type { BankTotals } from '../../db/stats.js';
import type { Streaks } from '../../quiz/streaks.js';
import { formatPoints } from './leaderboard-message.js';
import { clip, LIMITS } from './limits.js';

export interface MemberStats {
  userId: string;
  /** All-time standing; undefined when the member has no scored answer. */
  standing: Standing | undefined;
  members: number;
  streaks: Streaks;
  banks: BankTotals[];
}

/** `/stats`: what a member has answered, got right and earned, their streaks, rank and weakest bank. */
export function buildStatsEmbed(stats: MemberStats): APIEmbed {
  const { standing, streaks } = stats;
  if (!standing) {
    return { color: 0x5865f2, title: 'Stats', description: `<@${stats.userId}> has no scored answers yet.` };
  }

  const weakest = weakestBank(stats.banks);
  const fields = [
    { name: 'Answered', value: String(standing.answered) },
    { name: 'Right', value: `${standing.exact} (${percent(standing.exact, standing.answered)})` },
    { name: 'Points', value: formatPoints(standing.points) },
    { name: 'Rank', value: `${standing.rank} of ${stats.members}` },
    { name: 'Streak', value: `${days(streaks.current)} now · best ${days(streaks.best)}` },
    {
      name: 'Weakest bank',
      value: weakest
        ? clip(
            `${weakest.title} · ${percent(weakest.exact, weakest.answered)} right (${weakest.exact}/${weakest.answered})`,
            LIMITS.embedFieldValue,
          )
        : '—',
    },
  ];
  return {
    color: 0x5865f2,
    title: 'Stats',
    description: `<@${stats.userId}>`,
    fields: fields.map((field) => ({ ...field, inline: true })),
    footer: { text: 'Right means exactly the right set. Streaks count scheduled days answered right.' },
  };
}

/** The bank with the lowest share right; on a tie the one with more answers, then by title. */
export function weakestBank(banks: readonly BankTotals[]): BankTotals | undefined {
  const share = (b: BankTotals) => b.exact / b.answered;
  return [...banks].sort(
    (a, b) => share(a) - share(b) || b.answered - a.answered || a.title.localeCompare(b.title),
  )[0];
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
