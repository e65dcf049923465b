import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './connection.js';

/**
 * Points are summed as whole units: the least common multiple of 1..25. A partial-credit score
 * is a multiple of 1/k with k right options (at most 25, a select menu's limit), so every score
 * is a whole number of units and equal sums compare equal, where floating-point sums of thirds
 * and sixths may not. The member_totals_triggers migration uses the same figure.
 */
export const POINT_UNITS = 26_771_144_400;

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

interface TotalsRow {
  userId: string;
  units: number;
  answered: number;
  exact: number;
  reachedAt: number | null;
}

/** Row 0 of member_totals holds the totals over every bank. */
const EVERY_BANK = 0;

/**
 * Members' totals over scored submissions, ranked. Equal points rank the member who reached
 * them first higher: the time of their last point-earning answer breaks the tie, then the id.
 * All-time figures come from member_totals; a period is summed from the submissions in it.
 */
export function readLeaderboard(
  db: Db,
  scope: LeaderboardScope,
  page: { limit: number; offset: number },
): Standing[] {
  const order = sql`ORDER BY units DESC, reachedAt ASC, userId ASC LIMIT ${page.limit} OFFSET ${page.offset}`;
  const rows = db.all<TotalsRow>(sql`SELECT * FROM (${totals(scope)}) ${order}`);
  return rows.map((row, i) => toStanding(row, page.offset + i + 1));
}

export function readStanding(db: Db, scope: LeaderboardScope, userId: string): Standing | undefined {
  const own = db.all<TotalsRow>(sql`SELECT * FROM (${totals(scope)}) WHERE userId = ${userId}`)[0];
  if (!own) return undefined;

  // Members ahead: more units, or as many reached earlier, or as many at the same moment with a
  // smaller id. Two counts, so the first can walk the rank index as a plain range.
  const reached = own.reachedAt ?? 0;
  const ahead = db.all<{ n: number }>(sql`
    SELECT (SELECT COUNT(*) FROM (${totals(scope)}) WHERE units > ${own.units})
         + (SELECT COUNT(*) FROM (${totals(scope)})
            WHERE units = ${own.units} AND (coalesce(reachedAt, 0), userId) < (${reached}, ${userId})) AS n`)[0];
  return toStanding(own, (ahead?.n ?? 0) + 1);
}

export function countRankedMembers(db: Db, scope: LeaderboardScope): number {
  const row = db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (${totals(scope)})`)[0];
  return row?.n ?? 0;
}

/**
 * One row per member in scope, with the columns named as TotalsRow. Within equal points,
 * reachedAt is either set for everyone (some answer earned points) or null for everyone (no
 * points at all), so ordering by it ascending never mixes nulls with times.
 */
function totals(scope: LeaderboardScope): SQL {
  if (!scope.since) {
    return sql`
      SELECT user_id AS userId, point_units AS units, answered, exact, reached_at AS reachedAt
      FROM member_totals
      WHERE guild_id = ${scope.guildId} AND bank_id = ${scope.bankId ?? EVERY_BANK}`;
  }

  const bank =
    scope.bankId === undefined
      ? sql``
      : sql`AND s.round_id IN (SELECT r.id FROM rounds r JOIN questions q ON q.id = r.question_id
                                WHERE r.guild_id = ${scope.guildId} AND q.bank_id = ${scope.bankId})`;
  return sql`
    SELECT s.user_id AS userId,
           SUM(CAST(round(s.points * ${POINT_UNITS}) AS INTEGER)) AS units,
           COUNT(*) AS answered,
           SUM(s.is_exact) AS exact,
           MAX(CASE WHEN s.points > 0 THEN s.submitted_at END) AS reachedAt
    FROM submissions s
    WHERE s.guild_id = ${scope.guildId} AND s.submitted_at >= ${scope.since.getTime()}
      AND s.points IS NOT NULL ${bank}
    GROUP BY s.user_id`;
}

function toStanding(row: TotalsRow, rank: number): Standing {
  return {
    rank,
    userId: row.userId,
    points: row.units / POINT_UNITS,
    answered: row.answered,
    exact: row.exact,
  };
}
