-- Totals are now added once per round by addRoundToTotals (src/db/member-totals.ts), in the
-- transaction that stores the round's scores: one set-based statement per round instead of two
-- upserts per answer from a trigger, which made closing a large round several times slower.
DROP TRIGGER IF EXISTS submissions_scored_on_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS submissions_scored_on_update;
