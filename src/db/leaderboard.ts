import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';

export interface LeaderboardScope {
  guildId: string;
  /** Only submissions made at or after this time. */
  since?: Date;
  bankId?: number;
}

export interface Standing {
  rank: number;
  userId: string;
  points: number;
  answered: number;
  exact: number;
}

/**
 * Members' totals over scored submissions, ranked. Equal points rank the member who reached
 * them first higher: the time of their last point-earning answer breaks the tie.
 */
function rankedTotals(scope: LeaderboardScope) {
  const since = scope.since ? sql`AND s.submitted_at >= ${scope.since.getTime()}` : sql``;
  const bank = scope.bankId === undefined ? sql`` : sql`AND q.bank_id = ${scope.bankId}`;
  return sql`
    WITH totals AS (
      SELECT s.user_id AS userId,
             SUM(s.points) AS points,
             COUNT(*) AS answered,
             SUM(s.is_exact) AS exact,
             MAX(CASE WHEN s.points > 0 THEN s.submitted_at END) AS reachedAt
      FROM submissions s
      JOIN rounds r ON r.id = s.round_id
      JOIN questions q ON q.id = r.question_id
      WHERE s.guild_id = ${scope.guildId} AND s.points IS NOT NULL ${since} ${bank}
      GROUP BY s.user_id
    )
    SELECT ROW_NUMBER() OVER (ORDER BY points DESC, reachedAt ASC NULLS LAST, userId) AS rank,
           userId, points, answered, exact
    FROM totals`;
}

export function readLeaderboard(
  db: Db,
  scope: LeaderboardScope,
  page: { limit: number; offset: number },
): Standing[] {
  return db.all<Standing>(
    sql`${rankedTotals(scope)} ORDER BY rank LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
}

export function readStanding(db: Db, scope: LeaderboardScope, userId: string): Standing | undefined {
  return db.all<Standing>(sql`SELECT * FROM (${rankedTotals(scope)}) WHERE userId = ${userId}`)[0];
}

export function countRankedMembers(db: Db, scope: LeaderboardScope): number {
  const row = db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (${rankedTotals(scope)})`)[0];
  return row?.n ?? 0;
}
