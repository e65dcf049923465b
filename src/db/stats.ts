import { sql } from 'drizzle-orm';
import type { ScheduledOutcome } from '../quiz/streaks.js';
import type { Db } from './connection.js';
import { POINT_UNITS } from './leaderboard.js';

export interface BankTotals {
  bankId: number;
  title: string;
  answered: number;
  exact: number;
  points: number;
}

/** A member's all-time totals in each bank they answered in, from member_totals. */
export function readMemberBankTotals(db: Db, guildId: string, userId: string): BankTotals[] {
  const rows = db.all<Omit<BankTotals, 'points'> & { units: number }>(sql`
    SELECT t.bank_id AS bankId, b.title, t.answered, t.exact, t.point_units AS units
    FROM member_totals t JOIN banks b ON b.id = t.bank_id
    WHERE t.guild_id = ${guildId} AND t.user_id = ${userId} AND t.bank_id <> 0
    ORDER BY b.title, t.bank_id`);
  return rows.map(({ units, ...row }) => ({ ...row, points: units / POINT_UNITS }));
}

/**
 * Every closed scheduled round of the server, with whether this member answered it exactly
 * right. Rounds closed without a reveal (channel deleted, access lost) are left out: nobody
 * could have seen them through.
 */
export function readScheduledOutcomes(db: Db, guildId: string, userId: string): ScheduledOutcome[] {
  const rows = db.all<{ slotAt: number; timezone: string; exact: number | null }>(sql`
    SELECT coalesce(r.slot_at, r.opened_at) AS slotAt, sch.timezone, s.is_exact AS exact
    FROM rounds r
    JOIN schedules sch ON sch.id = r.schedule_id
    LEFT JOIN submissions s ON s.round_id = r.id AND s.user_id = ${userId}
    WHERE r.guild_id = ${guildId} AND r.closed_at IS NOT NULL AND r.close_reason IS NULL`);
  return rows.map((row) => ({
    slotAt: new Date(row.slotAt),
    timezone: row.timezone,
    exact: row.exact === 1,
  }));
}

export interface WrongPick {
  letter: string;
  text: string;
  members: number;
}

export interface QuestionStats {
  questionId: number;
  number: number;
  version: number;
  answered: number;
  right: number;
  /** Wrong options by how many members chose them, most first; unchosen ones left out. */
  wrongPicks: WrongPick[];
}

/**
 * Per question version of a bank, over this server's scored answers: how many answered, how
 * many got exactly the right set, and which wrong options drew members. Hardest first (lowest
 * share right), then the most answered, then by number.
 */
export function readQuestionStats(db: Db, guildId: string, bankId: number): QuestionStats[] {
  const scored = sql`
    FROM submissions s
    JOIN rounds r ON r.id = s.round_id
    JOIN questions q ON q.id = r.question_id`;
  const inScope = sql`WHERE s.guild_id = ${guildId} AND q.bank_id = ${bankId} AND s.points IS NOT NULL`;
  const questions = db.all<Omit<QuestionStats, 'wrongPicks'>>(sql`
    SELECT q.id AS questionId, q.number, q.version, COUNT(*) AS answered, SUM(s.is_exact) AS right
    ${scored} ${inScope}
    GROUP BY q.id
    ORDER BY CAST(SUM(s.is_exact) AS REAL) / COUNT(*), COUNT(*) DESC, q.number, q.version`);

  // Choices are stored as `A,C`; wrapping both sides in commas matches whole letters only.
  const picks = db.all<WrongPick & { questionId: number }>(sql`
    SELECT q.id AS questionId, o.letter, o.text, COUNT(*) AS members
    ${scored}
    JOIN options o ON o.question_id = q.id AND o.is_correct = 0
      AND instr(',' || s.choices || ',', ',' || o.letter || ',') > 0
    ${inScope}
    GROUP BY q.id, o.letter
    ORDER BY members DESC, o.position`);

  return questions.map((question) => ({
    ...question,
    wrongPicks: picks
      .filter((pick) => pick.questionId === question.questionId)
      .map(({ letter, text, members }) => ({ letter, text, members })),
  }));
}
