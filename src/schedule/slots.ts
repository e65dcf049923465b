import { Cron } from 'croner';
import type { Schedule } from '../db/schedules.js';

/** What decides a schedule's run times: a local wall-clock time, its zone, and which days. */
export type SlotRule = Pick<Schedule, 'time' | 'timezone' | 'days'>;

/** `HH:MM`, 24 h, as `/schedule add` accepts it. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

function cronPattern(rule: SlotRule): string {
  const match = TIME_PATTERN.exec(rule.time);
  if (!match) throw new Error(`schedule time "${rule.time}" is not HH:MM`);
  const weekdays = rule.days === 'weekdays' ? '1-5' : '*';
  return `${Number(match[2])} ${Number(match[1])} * * ${weekdays}`;
}

/**
 * The next `count` run times strictly after `after`. Croner does the time-zone and daylight-saving
 * arithmetic: a time that falls in a spring-forward gap runs once, at the first valid local time
 * after the gap (02:30 in Europe/Berlin on 2026-03-29 runs at 03:00 CEST), and a time that a
 * fall-back repeats runs once, at its first occurrence (01:30 EDT in America/New_York on
 * 2026-11-01). Weekdays are the schedule zone's Monday to Friday.
 */
export function slotsAfter(rule: SlotRule, after: Date, count: number): Date[] {
  // A paused job without a callback never starts a timer; it is only a calculator here.
  const cron = new Cron(cronPattern(rule), { timezone: rule.timezone, paused: true });
  return cron.nextRuns(count, after);
}

export function nextSlot(rule: SlotRule, after: Date): Date | undefined {
  return slotsAfter(rule, after, 1)[0];
}
