import { describe, expect, it } from 'vitest';
import { countStreaks, type ScheduledOutcome } from '../../src/quiz/streaks.js';

const day = (date: string, exact: boolean, timezone = 'UTC'): ScheduledOutcome => ({
  slotAt: new Date(date),
  timezone,
  exact,
});

describe('countStreaks', () => {
  it('counts consecutive right days and keeps the best after a wrong one', () => {
    const outcomes = [
      day('2026-12-01T09:00:00Z', true),
      day('2026-12-02T09:00:00Z', true),
      day('2026-12-03T09:00:00Z', true),
      day('2026-12-04T09:00:00Z', false),
      day('2026-12-05T09:00:00Z', true),
    ];
    expect(countStreaks(outcomes)).toEqual({ current: 1, best: 3 });
  });

  it('ends the current streak at a missed last day', () => {
    expect(countStreaks([day('2026-12-01T09:00:00Z', true), day('2026-12-02T09:00:00Z', false)])).toEqual({
      current: 0,
      best: 1,
    });
  });

  it('lets days without a scheduled question pass: a weekday schedule over a weekend', () => {
    // Friday 4 and Monday 7 December 2026.
    expect(countStreaks([day('2026-12-04T09:00:00Z', true), day('2026-12-07T09:00:00Z', true)])).toEqual({
      current: 2,
      best: 2,
    });
  });

  it("groups slots by the schedule's local date: 23:30 and 00:30 UTC are both 2 December in Tokyo", () => {
    const tokyo = [
      day('2026-12-01T23:30:00Z', true, 'Asia/Tokyo'),
      day('2026-12-02T00:30:00Z', false, 'Asia/Tokyo'),
      day('2026-12-03T00:30:00Z', true, 'Asia/Tokyo'),
    ];
    expect(countStreaks(tokyo)).toEqual({ current: 1, best: 1 });

    const utc = tokyo.map((o) => ({ ...o, timezone: 'UTC' }));
    // In UTC they are three days: right, wrong, right.
    expect(countStreaks(utc)).toEqual({ current: 1, best: 1 });
    expect(countStreaks([tokyo[0] as ScheduledOutcome, tokyo[2] as ScheduledOutcome])).toEqual({
      current: 2,
      best: 2,
    });
  });

  it('reads outcomes in any order and has nothing for no scheduled rounds', () => {
    const outcomes = [
      day('2026-12-03T09:00:00Z', true),
      day('2026-12-01T09:00:00Z', false),
      day('2026-12-02T09:00:00Z', true),
    ];
    expect(countStreaks(outcomes)).toEqual({ current: 2, best: 2 });
    expect(countStreaks([])).toEqual({ current: 0, best: 0 });
  });
});
