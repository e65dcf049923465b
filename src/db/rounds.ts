import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './connection.js';
import { questions, rounds, submissions } from './schema.js';

export type Round = typeof rounds.$inferSelect;

export interface NewRound {
  guildId: string;
  channelId: string;
  questionId: number;
  startedBy: string;
  openedAt: Date;
  closesAt: Date;
  scheduleId?: number;
  slotAt?: Date;
}

export type OpenRoundResult = { ok: true; round: Round } | { ok: false; openRound: Round };

/**
 * Opens a round unless the channel already has one. The partial unique index on open rounds
 * settles a race between two `/quiz` commands: the loser gets the winner's round back.
 */
export function openRound(db: Db, values: NewRound): OpenRoundResult {
  return db.transaction((tx) => {
    const existing = tx
      .select()
      .from(rounds)
      .where(and(eq(rounds.channelId, values.channelId), isNull(rounds.closedAt)))
      .get();
    if (existing) return { ok: false, openRound: existing };

    const round = tx.insert(rounds).values(values).returning().get();
    return { ok: true, round };
  });
}

export function readRound(db: Db, roundId: number): Round | undefined {
  return db.select().from(rounds).where(eq(rounds.id, roundId)).get();
}

export function findOpenRound(db: Db, channelId: string): Round | undefined {
  return db
    .select()
    .from(rounds)
    .where(and(eq(rounds.channelId, channelId), isNull(rounds.closedAt)))
    .get();
}

export function setRoundMessage(db: Db, roundId: number, messageId: string): void {
  db.update(rounds).set({ messageId }).where(eq(rounds.id, roundId)).run();
}

/** Rounds whose reveal has not been posted and that were not abandoned: re-armed at start. */
export function readPendingReveals(db: Db): Round[] {
  return db
    .select()
    .from(rounds)
    .where(and(isNull(rounds.revealMessageId), isNull(rounds.closeReason)))
    .orderBy(asc(rounds.closesAt))
    .all();
}

/** Stops a round taking answers. Returns false when another caller closed it first. */
export function closeRound(db: Db, roundId: number, closedAt: Date): boolean {
  const result = db
    .update(rounds)
    .set({ closedAt })
    .where(and(eq(rounds.id, roundId), isNull(rounds.closedAt)))
    .run();
  return result.changes === 1;
}

export function recordReveal(db: Db, roundId: number, revealMessageId: string): void {
  db.update(rounds).set({ revealMessageId }).where(eq(rounds.id, roundId)).run();
}

/** Ends a round that cannot be revealed (its channel or message is gone, access was lost). */
export function abandonRound(db: Db, roundId: number, reason: string, at: Date): void {
  db.update(rounds)
    .set({ closeReason: reason, closedAt: sql`coalesce(${rounds.closedAt}, ${at.getTime()})` })
    .where(eq(rounds.id, roundId))
    .run();
}

/** How many rounds this channel has had of each question number of a bank, for `pickQuestion`. */
export function countAskedNumbers(db: Db, channelId: string, bankId: number): Map<number, number> {
  const rows = db
    .select({ number: questions.number, times: count() })
    .from(rounds)
    .innerJoin(questions, eq(questions.id, rounds.questionId))
    .where(and(eq(rounds.channelId, channelId), eq(questions.bankId, bankId)))
    .groupBy(questions.number)
    .all();
  return new Map(rows.map((row) => [row.number, row.times]));
}

export function countSubmissions(db: Db, roundId: number): number {
  const row = db.select({ n: count() }).from(submissions).where(eq(submissions.roundId, roundId)).get();
  return row?.n ?? 0;
}
