import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './connection.js';

/**
 * Points are summed as whole units: the least common multiple of 1..25. A partial-credit score
 * is a multiple of 1/k with k right options (at most 25, a select menu's limit), so every score
 * is a whole number of units and equal sums compare equal, where floating-point sums of thirds
 * and sixths may not. member_totals (see member-totals.ts) holds its sums in these units.
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
  if (scope.since) return readPeriodPage(db, scope, { limit: 0, offset: 0 }, userId).own;

  const bankId = scope.bankId ?? EVERY_BANK;
  const own = db.all<TotalsRow>(sql`
    SELECT user_id AS userId, point_units AS units, answered, exact, reached_at AS reachedAt
    FROM member_totals WHERE guild_id = ${scope.guildId} AND bank_id = ${bankId} AND user_id = ${userId}`)[0];
  if (!own) return undefined;

  // Members ahead: more points; as many, reached earlier; as many at the same moment, smaller id.
  // Three counts, each one plain range of the rank index, so a rank costs one index walk even
  // when thousands of members share a score. `IS` matches the null time of members at zero.
  const ranked = sql`FROM member_totals WHERE guild_id = ${scope.guildId} AND bank_id = ${bankId}`;
  const ahead = db.all<{ n: number }>(sql`
    SELECT (SELECT COUNT(*) ${ranked} AND point_units > ${own.units})
         + (SELECT COUNT(*) ${ranked} AND point_units = ${own.units} AND reached_at < ${own.reachedAt})
         + (SELECT COUNT(*) ${ranked} AND point_units = ${own.units} AND reached_at IS ${own.reachedAt}
              AND user_id < ${userId}) AS n`)[0];
  return toStanding(own, (ahead?.n ?? 0) + 1);
}

export function countRankedMembers(db: Db, scope: LeaderboardScope): number {
  const row = db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (${totals(scope)})`)[0];
  return row?.n ?? 0;
}

export interface LeaderboardPage {
  standings: Standing[];
  own: Standing | undefined;
  members: number;
}

/** One page, one member's standing and the member count, for the `/leaderboard` message. */
export function readLeaderboardPage(
  db: Db,
  scope: LeaderboardScope,
  page: { limit: number; offset: number },
  userId: string,
): LeaderboardPage {
  if (scope.since) return readPeriodPage(db, scope, page, userId);
  return {
    standings: readLeaderboard(db, scope, page),
    own: readStanding(db, scope, userId),
    members: countRankedMembers(db, scope),
  };
}

/** A period's figures are summed from its submissions once, and ranked in the same query. */
function readPeriodPage(
  db: Db,
  scope: LeaderboardScope,
  page: { limit: number; offset: number },
  userId: string,
): LeaderboardPage {
  const rows = db.all<TotalsRow & { rank: number; members: number }>(sql`
    SELECT * FROM (
      SELECT ROW_NUMBER() OVER (ORDER BY units DESC, reachedAt ASC, userId ASC) AS rank,
             COUNT(*) OVER () AS members, *
      FROM (${totals(scope)}))
    WHERE (rank > ${page.offset} AND rank <= ${page.offset + page.limit}) OR userId = ${userId}
    ORDER BY rank`);
  const standings = rows
    .filter((row) => row.rank > page.offset && row.rank <= page.offset + page.limit)
    .map((row) => toStanding(row, row.rank));
  const own = rows.find((row) => row.userId === userId);
  return { standings, own: own && toStanding(own, own.rank), members: rows[0]?.members ?? 0 };
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
