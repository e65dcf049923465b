import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
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
];

/** Rows turned into text at a time: one call per row would cost more than the rows themselves. */
const BATCH_ROWS = 500;

/**
 * The CSV a spreadsheet opens: a header, then one line per scored submission, times in UTC
 * ISO 8601, points to four decimals, `exact` and `scheduled` as yes/no.
 */
function toRecord(row: ExportRow): (string | number)[] {
  return [
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
  ];
}

/** The whole export as a stream, for the CLI: its rows are read as the output drains. */
export function submissionsCsv(rows: Iterable<ExportRow>): Readable {
  const records = Readable.from(rows, { objectMode: true }).map(toRecord);
  const csv = stringify({ header: true, columns: COLUMNS });
  records.once('error', (error) => csv.destroy(error));
  records.pipe(csv);
  return csv;
}

/**
 * The export in one go, or undefined once it grows past `maxBytes`. It runs without yielding:
 * the bot's one SQLite connection cannot serve answers while a row iterator is open on it, so
 * the iterator is opened and closed within one turn of the event loop.
 */
export function submissionsCsvWithin(rows: Iterable<ExportRow>, maxBytes: number): Buffer | undefined {
  const chunks = [Buffer.from(stringifySync([COLUMNS]))];
  let size = chunks[0]?.length ?? 0;
  let batch: (string | number)[][] = [];
  const flush = () => {
    const chunk = Buffer.from(stringifySync(batch));
    batch = [];
    size += chunk.length;
    chunks.push(chunk);
    return size <= maxBytes;
  };

  for (const row of rows) {
    batch.push(toRecord(row));
    // Leaving the loop early closes the row iterator (its return() runs).
    if (batch.length === BATCH_ROWS && !flush()) return undefined;
  }
  return flush() ? Buffer.concat(chunks) : undefined;
}
