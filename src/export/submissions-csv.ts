import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportRow } from '../db/export.js';

const COLUMNS = [
  'submitted_at',
  'round',
  'channel',
  'user',
  'bank',
  'question',
  'version',
  'choices',
  'right_answer',
  'points',
  'exact',
  'scheduled',
] as const;

/**
 * The CSV a spreadsheet opens: a header, then one line per scored submission, times in UTC
 * ISO 8601, points to four decimals, `exact` and `scheduled` as yes/no.
 */
export function submissionsCsv(rows: Iterable<ExportRow>): Readable {
  const records = Readable.from(rows, { objectMode: true }).map((row: ExportRow) => [
    new Date(row.submittedAt).toISOString(),
    row.roundId,
    row.channelId,
    row.userId,
    row.bank,
    row.question,
    row.version,
    row.choices,
    row.rightAnswer,
    Math.round(row.points * 10_000) / 10_000,
    row.exact === 1 ? 'yes' : 'no',
    row.scheduled === 1 ? 'yes' : 'no',
  ]);
  return records.pipe(stringify({ header: true, columns: [...COLUMNS] }));
}
