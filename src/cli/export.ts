/**
 * `npm run export -- --guild ID [--bank NAME] [--out FILE]`: every scored submission of one
 * server as CSV, for a spreadsheet. CSV goes to stdout, or to FILE (written beside it first and
 * renamed into place, so an interrupted export never leaves half a file). Reads DATABASE_PATH
 * (default data/quizbot.db); safe while the bot runs, as WAL lets it keep writing.
 */
import 'dotenv/config';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { databasePathFrom } from '../config.js';
import { findBank } from '../db/banks.js';
import { openStore } from '../db/connection.js';
import { type ExportRow, iterateScoredSubmissions } from '../db/export.js';
import { submissionsCsv } from '../export/submissions-csv.js';

const USAGE = 'usage: npm run export -- --guild ID [--bank NAME] [--out FILE]';

export async function exportCsv(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  stdout: Writable = process.stdout,
): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (error) {
    console.error(`export: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { guild, bank: bankName, out } = args.values;
  if (!guild || !/^\d{1,20}$/.test(guild)) {
    console.error(
      `export: --guild must be a server id (digits only), got ${guild ? `"${guild}"` : 'nothing'}\n${USAGE}`,
    );
    return 1;
  }

  const source = databasePathFrom(env);
  if (!existsSync(source)) {
    console.error(`export: no database at ${source} (set DATABASE_PATH to the bot's database)`);
    return 1;
  }

  const store = openStore(source);
  try {
    const bank = bankName === undefined ? undefined : findBank(store.db, guild, bankName);
    if (bankName !== undefined && !bank) {
      console.error(`export: server ${guild} has no question bank called "${bankName}"`);
      return 1;
    }
    const counted = countRows(iterateScoredSubmissions(store.db, guild, bank?.id));
    await write(submissionsCsv(counted.rows), out, stdout);
    console.error(
      `export: ${counted.count()} scored answers of server ${guild} written to ${out ?? 'stdout'}`,
    );
    return 0;
  } catch (error) {
    console.error(`export: could not write ${out ?? 'stdout'}: ${(error as Error).message}`);
    return 1;
  } finally {
    store.close();
  }
}

function readArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { guild: { type: 'string' }, bank: { type: 'string' }, out: { type: 'string' } },
  });
}

async function write(csv: NodeJS.ReadableStream, out: string | undefined, stdout: Writable): Promise<void> {
  if (out === undefined) {
    await pipeline(csv, stdout, { end: false });
    return;
  }
  const partial = `${out}.partial`;
  try {
    await pipeline(csv, createWriteStream(partial));
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function countRows(rows: Iterable<ExportRow>) {
  let n = 0;
  const counting = (function* () {
    for (const row of rows) {
      n++;
      yield row;
    }
  })();
  return { rows: counting, count: () => n };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  exportCsv(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
