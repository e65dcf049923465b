import { DateTime } from 'luxon';

/** One closed scheduled round, seen from one member. */
export interface ScheduledOutcome {
  slotAt: Date;
  /** The schedule's IANA zone: the day a slot belongs to is the date on that wall clock. */
  timezone: string;
  /** Answered with exactly the right set; false when wrong or not answered at all. */
  exact: boolean;
}

export interface Streaks {
  current: number;
  best: number;
}

/**
 * Streaks of scheduled days answered right. A day counts when every scheduled question of that
 * local date was answered exactly right; one missed or wrong question breaks the streak. Days
 * without a scheduled question (weekends of a weekday schedule, a pause) neither extend nor
 * break it. Outcomes may come in any order.
 */
export function countStreaks(outcomes: readonly ScheduledOutcome[]): Streaks {
  const days = new Map<string, boolean>();
  for (const outcome of outcomes) {
    const day = localDate(outcome);
    days.set(day, (days.get(day) ?? true) && outcome.exact);
  }

  let current = 0;
  let best = 0;
  const byDate = [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [, right] of byDate) {
    current = right ? current + 1 : 0;
    best = Math.max(best, current);
  }
  return { current, best };
}

function localDate(outcome: ScheduledOutcome): string {
  const local = DateTime.fromJSDate(outcome.slotAt, { zone: outcome.timezone });
  return (local.isValid ? local : DateTime.fromJSDate(outcome.slotAt, { zone: 'UTC' })).toISODate() ?? '';
}
