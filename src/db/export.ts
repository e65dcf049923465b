import type { Db } from './connection.js';

/** One scored submission as a spreadsheet row; see `src/export/submissions-csv.ts`. */
export interface ExportRow {
  submittedAt: number;
  roundId: number;
  channelId: string;
  userId: string;
  bank: string;
  question: number;
  version: number;
  choices: string;
  rightAnswer: string;
  points: number;
  exact: number;
  scheduled: number;
}

const SELECT_SCORED = `
  SELECT s.submitted_at AS submittedAt, s.round_id AS roundId, r.channel_id AS channelId,
         s.user_id AS userId, b.slug AS bank, q.number AS question, q.version,
         s.choices, (SELECT group_concat(letter, ',') FROM
                       (SELECT o.letter FROM options o
                        WHERE o.question_id = q.id AND o.is_correct = 1 ORDER BY o.position)) AS rightAnswer,
         s.points, s.is_exact AS exact, r.schedule_id IS NOT NULL AS scheduled
  FROM submissions s
  JOIN rounds r ON r.id = s.round_id
  JOIN questions q ON q.id = r.question_id
  JOIN banks b ON b.id = q.bank_id
  WHERE s.guild_id = ? AND s.points IS NOT NULL AND (? IS NULL OR q.bank_id = ?)
  ORDER BY s.submitted_at, s.id`;

/**
 * Every scored submission of a server (optionally of one bank), oldest first. Rows are read one
 * at a time so a server with a million answers exports without holding them all in memory.
 * Answers of rounds still open have no points yet and are left out.
 */
export function iterateScoredSubmissions(
  db: Db,
  guildId: string,
  bankId?: number,
): IterableIterator<ExportRow> {
  const bank = bankId ?? null;
  return db.$client.prepare<unknown[], ExportRow>(SELECT_SCORED).iterate(guildId, bank, bank);
}
