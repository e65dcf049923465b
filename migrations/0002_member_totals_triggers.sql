-- Keeps member_totals in step with scored submissions, inside the transaction that scores them.
-- 26771144400 is POINT_UNITS in src/db/leaderboard.ts: the least common multiple of 1..25, so a
-- partial-credit score (a multiple of 1/k, k <= 25 options) is a whole number of units.
-- A score is written once (NULL -> value at the reveal, or already set when rows are loaded in
-- bulk); storeScores never rewrites one, so these two events are the only ones to count.
CREATE TRIGGER submissions_scored_on_insert AFTER INSERT ON submissions
WHEN NEW.points IS NOT NULL
BEGIN
  INSERT INTO member_totals (guild_id, bank_id, user_id, point_units, answered, exact, reached_at)
  SELECT NEW.guild_id, 0, NEW.user_id, CAST(round(NEW.points * 26771144400) AS INTEGER), 1, NEW.is_exact,
         CASE WHEN NEW.points > 0 THEN NEW.submitted_at END
  WHERE true
  ON CONFLICT (guild_id, bank_id, user_id) DO UPDATE SET
    point_units = point_units + excluded.point_units,
    answered = answered + 1,
    exact = exact + excluded.exact,
    reached_at = CASE WHEN excluded.reached_at IS NULL THEN reached_at
                      ELSE max(coalesce(reached_at, 0), excluded.reached_at) END;
  INSERT INTO member_totals (guild_id, bank_id, user_id, point_units, answered, exact, reached_at)
  SELECT NEW.guild_id, q.bank_id, NEW.user_id, CAST(round(NEW.points * 26771144400) AS INTEGER), 1, NEW.is_exact,
         CASE WHEN NEW.points > 0 THEN NEW.submitted_at END
  FROM rounds r JOIN questions q ON q.id = r.question_id
  WHERE r.id = NEW.round_id
  ON CONFLICT (guild_id, bank_id, user_id) DO UPDATE SET
    point_units = point_units + excluded.point_units,
    answered = answered + 1,
    exact = exact + excluded.exact,
    reached_at = CASE WHEN excluded.reached_at IS NULL THEN reached_at
                      ELSE max(coalesce(reached_at, 0), excluded.reached_at) END;
END;
--> statement-breakpoint
CREATE TRIGGER submissions_scored_on_update AFTER UPDATE OF points ON submissions
WHEN OLD.points IS NULL AND NEW.points IS NOT NULL
BEGIN
  INSERT INTO member_totals (guild_id, bank_id, user_id, point_units, answered, exact, reached_at)
  SELECT NEW.guild_id, 0, NEW.user_id, CAST(round(NEW.points * 26771144400) AS INTEGER), 1, NEW.is_exact,
         CASE WHEN NEW.points > 0 THEN NEW.submitted_at END
  WHERE true
  ON CONFLICT (guild_id, bank_id, user_id) DO UPDATE SET
    point_units = point_units + excluded.point_units,
    answered = answered + 1,
    exact = exact + excluded.exact,
    reached_at = CASE WHEN excluded.reached_at IS NULL THEN reached_at
                      ELSE max(coalesce(reached_at, 0), excluded.reached_at) END;
  INSERT INTO member_totals (guild_id, bank_id, user_id, point_units, answered, exact, reached_at)
  SELECT NEW.guild_id, q.bank_id, NEW.user_id, CAST(round(NEW.points * 26771144400) AS INTEGER), 1, NEW.is_exact,
         CASE WHEN NEW.points > 0 THEN NEW.submitted_at END
  FROM rounds r JOIN questions q ON q.id = r.question_id
  WHERE r.id = NEW.round_id
  ON CONFLICT (guild_id, bank_id, user_id) DO UPDATE SET
    point_units = point_units + excluded.point_units,
    answered = answered + 1,
    exact = exact + excluded.exact,
    reached_at = CASE WHEN excluded.reached_at IS NULL THEN reached_at
                      ELSE max(coalesce(reached_at, 0), excluded.reached_at) END;
END;
--> statement-breakpoint
-- Totals for answers scored before this migration.
INSERT INTO member_totals (guild_id, bank_id, user_id, point_units, answered, exact, reached_at)
SELECT s.guild_id, 0, s.user_id, SUM(CAST(round(s.points * 26771144400) AS INTEGER)), COUNT(*), SUM(s.is_exact),
       MAX(CASE WHEN s.points > 0 THEN s.submitted_at END)
FROM submissions s JOIN rounds r ON r.id = s.round_id JOIN questions q ON q.id = r.question_id
WHERE s.points IS NOT NULL
GROUP BY s.guild_id, s.user_id;
--> statement-breakpoint
INSERT INTO member_totals (guild_id, bank_id, user_id, point_units, answered, exact, reached_at)
SELECT s.guild_id, q.bank_id, s.user_id, SUM(CAST(round(s.points * 26771144400) AS INTEGER)), COUNT(*), SUM(s.is_exact),
       MAX(CASE WHEN s.points > 0 THEN s.submitted_at END)
FROM submissions s JOIN rounds r ON r.id = s.round_id JOIN questions q ON q.id = r.question_id
WHERE s.points IS NOT NULL
GROUP BY s.guild_id, q.bank_id, s.user_id;
