import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from './connection.js';
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
 * Records a member's answer, replacing an earlier one for the same round. The round's state is
 * checked inside the same transaction, so an answer racing the reveal is either counted or
 * refused, never half-counted. The commit happens before Discord hears back: an acknowledged
 * answer is on disk.
 */
export function recordSubmission(db: Db, input: SubmissionInput): RecordResult {
  return db.transaction((tx) => {
    const open = tx
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.id, input.roundId), isNull(rounds.closedAt), gt(rounds.closesAt, input.at)))
      .get();
    if (!open) return 'round-closed';

    const previous = tx
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(eq(submissions.roundId, input.roundId), eq(submissions.userId, input.userId)))
      .get();

    tx.insert(submissions)
      .values({ ...input, submittedAt: input.at })
      .onConflictDoUpdate({
        target: [submissions.roundId, submissions.userId],
        set: { choices: input.choices, submittedAt: input.at },
      })
      .run();
    return previous ? 'replaced' : 'recorded';
  });
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
 * Stores the points of a round's submissions in one transaction. Points already stored are
 * kept: a reveal retried after a crash must not rescore with a rule changed in between.
 */
export function storeScores(db: Db, scores: readonly ScoredSubmission[]): void {
  const update = db
    .update(submissions)
    .set({ points: sql`${sql.placeholder('points')}`, isExact: sql`${sql.placeholder('isExact')}` })
    .where(and(eq(submissions.id, sql`${sql.placeholder('id')}`), isNull(submissions.points)))
    .prepare();

  db.transaction(() => {
    for (const score of scores)
      update.run({ id: score.id, points: score.points, isExact: score.isExact ? 1 : 0 });
  });
}
