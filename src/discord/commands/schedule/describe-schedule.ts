import type { Schedule } from '../../../db/schedules.js';
import { unixSeconds } from '../../../quiz/round-timing.js';
import { slotsAfter } from '../../../schedule/slots.js';

const DAYS: Record<Schedule['days'], string> = { daily: 'every day', weekdays: 'Monday to Friday' };

/** `08:30 Europe/Berlin, every day`. */
export function describeWhen(schedule: Schedule): string {
  return `${schedule.time} ${schedule.timezone}, ${DAYS[schedule.days]}`;
}

/** `12 hours`, `90 minutes`: how long each question stays open. */
export function describeDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Discord shows `<t:…:F>` in each reader's own time zone and `<t:…:R>` as "in 5 hours". */
export function discordTime(at: Date): string {
  const unix = unixSeconds(at);
  return `<t:${unix}:F> (<t:${unix}:R>)`;
}

/** The coming runs, after both the last handled slot and `now`: what the scheduler will post. */
export function runsAhead(schedule: Schedule, now: Date, count: number): Date[] {
  const handled = schedule.lastSlotAt ?? schedule.createdAt;
  return slotsAfter(schedule, new Date(Math.max(handled.getTime(), now.getTime())), count);
}

export function upcomingRun(schedule: Schedule, now: Date): Date | undefined {
  return runsAhead(schedule, now, 1)[0];
}

/** The run time as the schedule's own zone writes it, e.g. `Sun 29 Mar 2026, 03:00 CEST`. */
export function localTime(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  })
    .format(at)
    .replace(/,(?= \d{1,2} )/, '');
}
