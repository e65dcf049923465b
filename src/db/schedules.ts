import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from './connection.js';
import { rounds, schedules } from './schema.js';

export type Schedule = typeof schedules.$inferSelect;

export interface NewSchedule {
  guildId: string;
  channelId: string;
  time: string;
  timezone: string;
  days: Schedule['days'];
  bankId: number | null;
  durationSeconds: number;
  createdBy: string;
  createdAt: Date;
}

export function createSchedule(db: Db, values: NewSchedule): Schedule {
  return db.insert(schedules).values(values).returning().get();
}

/** A server's schedules not removed, oldest first, so ids read in the order they were added. */
export function listSchedules(db: Db, guildId: string): Schedule[] {
  return db
    .select()
    .from(schedules)
    .where(and(eq(schedules.guildId, guildId), isNull(schedules.removedAt)))
    .orderBy(asc(schedules.id))
    .all();
}

/**
 * Scoped to the server: a moderator can never touch another server's schedule by guessing its
 * id. A removed schedule is not found, as if it were gone.
 */
export function readSchedule(db: Db, guildId: string, id: number): Schedule | undefined {
  return db
    .select()
    .from(schedules)
    .where(and(eq(schedules.id, id), eq(schedules.guildId, guildId), isNull(schedules.removedAt)))
    .get();
}

export function readScheduleById(db: Db, id: number): Schedule | undefined {
  return db.select().from(schedules).where(eq(schedules.id, id)).get();
}

/** Every schedule neither paused nor removed, across servers: what the scheduler watches. */
export function readActiveSchedules(db: Db): Schedule[] {
  return db
    .select()
    .from(schedules)
    .where(and(eq(schedules.paused, false), isNull(schedules.removedAt)))
    .orderBy(asc(schedules.id))
    .all();
}

/**
 * Removes a schedule for good, keeping the row: its rounds still point at it, so members'
 * streaks and the export's `scheduled` column stay as they were. False when the server has no
 * such schedule (or it was removed already).
 */
export function removeSchedule(db: Db, guildId: string, id: number, at: Date): boolean {
  const removed = db
    .update(schedules)
    .set({ removedAt: at })
    .where(and(eq(schedules.id, id), eq(schedules.guildId, guildId), isNull(schedules.removedAt)))
    .run();
  return removed.changes > 0;
}

/** `reason` is null when a moderator paused it, or the plain-words fault when the bot did. */
export function pauseSchedule(db: Db, id: number, reason: string | null): void {
  db.update(schedules).set({ paused: true, pauseReason: reason }).where(eq(schedules.id, id)).run();
}

/**
 * Resumes from `at` on: slots missed while paused are marked handled, so a resume never posts
 * a backlog.
 */
export function resumeSchedule(db: Db, id: number, at: Date): void {
  db.update(schedules)
    .set({ paused: false, pauseReason: null, lastSlotAt: at })
    .where(eq(schedules.id, id))
    .run();
}

/** Records that a slot was posted or deliberately skipped; the scheduler never looks at it again. */
export function markSlotHandled(db: Db, id: number, slotAt: Date): void {
  db.update(schedules).set({ lastSlotAt: slotAt }).where(eq(schedules.id, id)).run();
}

/** The round that served a slot, if one was opened: its row is the claim on the slot. */
export function findSlotRound(db: Db, scheduleId: number, slotAt: Date) {
  return db
    .select()
    .from(rounds)
    .where(and(eq(rounds.scheduleId, scheduleId), eq(rounds.slotAt, slotAt)))
    .get();
}
