import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from './connection.js';
import { addRoundToTotals } from './member-totals.js';
import { rounds, submissions } from './schema.js';

export type Submission = typeof submissions.$inferSelect;

export interface SubmissionInput {
  roundId: number;
  guildId: string;
  userId: string;
  /** Canonical choices, see `encodeChoices`. */
  choices: string;
  at: Date;
}

export type RecordResult = 'recorded' | 'replaced' | 'round-closed';

/**
 * The answer path's statements, prepared once per database. Building and preparing them on
 * every answer cost more than SQLite's own work, and answers arrive by the thousand.
 */
function answerStatements(db: Db) {
  const p = sql.placeholder;
  const openRound = db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.id, p('roundId')), isNull(rounds.closedAt), gt(rounds.closesAt, p('atMs'))))
    .prepare();
  const previous = db
    .select({ id: submissions.id })
    .from(submissions)
    .where(and(eq(submissions.roundId, p('roundId')), eq(submissions.userId, p('userId'))))
    .prepare();
  const upsert = db
    .insert(submissions)
    .values({
      roundId: p('roundId'),
      guildId: p('guildId'),
      userId: p('userId'),
      choices: p('choices'),
      submittedAt: p('at'),
    })
    .onConflictDoUpdate({
      target: [submissions.roundId, submissions.userId],
      set: { choices: sql`excluded.choices`, submittedAt: sql`excluded.submitted_at` },
    })
    .prepare();

  // A native transaction function made once: drizzle's `db.transaction` builds a new one per call.
  return db.$client.transaction((input: SubmissionInput): RecordResult => {
    // Placeholders in a WHERE bind raw; only inserted values go through the column's Date mapping.
    const params = { ...input, atMs: input.at.getTime() };
    if (!openRound.get(params)) return 'round-closed';
    const replaced = previous.get(params) !== undefined;
    upsert.run(params);
    return replaced ? 'replaced' : 'recorded';
  });
}

const preparedByDb = new WeakMap<Db, ReturnType<typeof answerStatements>>();

/**
 * Records a member's answer, replacing an earlier one for the same round. The round's state is
 * checked inside the same transaction, so an answer racing the reveal is either counted or
 * refused, never half-counted. The commit happens before Discord hears back: an acknowledged
 * answer is on disk.
 */
export function recordSubmission(db: Db, input: SubmissionInput): RecordResult {
  let record = preparedByDb.get(db);
  if (!record) {
    record = answerStatements(db);
    preparedByDb.set(db, record);
  }
  return record(input);
}

export function readSubmissions(db: Db, roundId: number): Submission[] {
  return db
    .select()
    .from(submissions)
    .where(eq(submissions.roundId, roundId))
    .orderBy(submissions.submittedAt)
    .all();
}

export interface ScoredSubmission {
  id: number;
  points: number;
  isExact: boolean;
}

/**
 * Stores the points of a round's submissions and adds them to the members' running totals, in
 * one transaction. Points already stored are kept: a reveal retried after a crash must not
 * rescore with a rule changed in between, nor add the round to the totals a second time.
 */
export function storeScores(db: Db, roundId: number, scores: readonly ScoredSubmission[]): void {
  const update = db
    .update(submissions)
    .set({ points: sql`${sql.placeholder('points')}`, isExact: sql`${sql.placeholder('isExact')}` })
    .where(and(eq(submissions.id, sql`${sql.placeholder('id')}`), isNull(submissions.points)))
    .prepare();

  db.transaction((tx) => {
    let scored = 0;
    for (const score of scores) {
      scored += update.run({ id: score.id, points: score.points, isExact: score.isExact ? 1 : 0 }).changes;
    }
    if (scored > 0) addRoundToTotals(tx, roundId);
  });
}

/** What scoring a round needs of its answers, in the order they were made. */
export function readAnswersToScore(
  db: Db,
  roundId: number,
): { id: number; userId: string; choices: string }[] {
  return db
    .select({ id: submissions.id, userId: submissions.userId, choices: submissions.choices })
    .from(submissions)
    .where(eq(submissions.roundId, roundId))
    .orderBy(submissions.submittedAt)
    .all();
}
