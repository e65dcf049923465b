import { DateTime } from 'luxon';

export const PERIODS = ['today', 'week', 'month', 'all'] as const;
export type Period = (typeof PERIODS)[number];

const UNIT = { today: 'day', week: 'week', month: 'month' } as const;

export function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

/**
 * The first moment of the period that contains `now`, on the server's wall clock: midnight
 * today, Monday's midnight (ISO weeks), or the first of the month. `all` has no start. A zone
 * luxon does not know falls back to UTC rather than failing a leaderboard.
 */
export function periodStart(period: Period, now: Date, timezone: string): Date | undefined {
  if (period === 'all') return undefined;

  const local = DateTime.fromJSDate(now, { zone: timezone });
  const clock = local.isValid ? local : DateTime.fromJSDate(now, { zone: 'UTC' });
  return clock.startOf(UNIT[period]).toJSDate();
}
