import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';
import { POINT_UNITS } from './leaderboard.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Adds a freshly scored round to each member's running totals: once for the server (bank 0) and
 * once for the round's bank. Call it in the transaction that scored the round, exactly once per
 * round: the totals are sums and would count a round twice otherwise.
 */
export function addRoundToTotals(db: Db | Tx, roundId: number): void {
  db.run(sql`
    INSERT INTO member_totals (guild_id, bank_id, user_id, point_units, answered, exact, reached_at)
    SELECT s.guild_id, scope.bank_id, s.user_id,
           SUM(CAST(round(s.points * ${POINT_UNITS}) AS INTEGER)), COUNT(*), SUM(s.is_exact),
           MAX(CASE WHEN s.points > 0 THEN s.submitted_at END)
    FROM submissions s,
         (SELECT 0 AS bank_id
          UNION ALL
          SELECT q.bank_id FROM rounds r JOIN questions q ON q.id = r.question_id WHERE r.id = ${roundId}) scope
    WHERE s.round_id = ${roundId} AND s.points IS NOT NULL
    GROUP BY s.guild_id, scope.bank_id, s.user_id
    ON CONFLICT (guild_id, bank_id, user_id) DO UPDATE SET
      point_units = point_units + excluded.point_units,
      answered = answered + excluded.answered,
      exact = exact + excluded.exact,
      reached_at = CASE WHEN excluded.reached_at IS NULL THEN reached_at
                        ELSE max(coalesce(reached_at, 0), excluded.reached_at) END`);
}
