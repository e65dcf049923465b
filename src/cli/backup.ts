/**
 * `npm run backup -- FILE [--force]`: a consistent copy of the database while the bot runs.
 *
 * SQLite's online backup copies the pages of one committed state (it starts again if another
 * connection writes between its steps), so the copy never holds half an answer; WAL lets the
 * bot keep writing meanwhile. The copy is written beside FILE first and renamed into place, so an interrupted
 * backup never leaves a half-written FILE. Reads DATABASE_PATH (default data/quizbot.db).
 * @see https://www.sqlite.org/backup.html
 */
import 'dotenv/config';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { databasePathFrom } from '../config.js';

const USAGE = 'usage: npm run backup -- FILE [--force]';
const ALL_PAGES = 2 ** 31 - 1;

export async function backup(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (error) {
    console.error(`backup: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const [target, ...extra] = args.positionals;
  if (!target || extra.length > 0) {
    console.error(USAGE);
    return 1;
  }

  const source = databasePathFrom(env);
  if (!existsSync(source)) {
    console.error(`backup: no database at ${source} (set DATABASE_PATH to the bot's database)`);
    return 1;
  }
  if (existsSync(target) && !args.values.force) {
    console.error(`backup: ${target} already exists; pass --force to overwrite it`);
    return 1;
  }
  return copy(source, target);
}

function readArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
}

async function copy(source: string, target: string): Promise<number> {
  const partial = `${target}.partial`;
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, copy the rest in one step: a step holds one read transaction, so
    // the bot's writes cannot restart it (with small steps a busy bot could restart it forever).
    const { totalPages } = await db.backup(partial, { progress: () => ALL_PAGES });
    // The copy inherits WAL mode; a single self-contained file is what a backup should be.
    const check = new Database(partial);
    check.pragma('journal_mode = DELETE');
    const verdict = check.pragma('integrity_check', { simple: true });
    check.close();
    if (verdict !== 'ok') throw new Error(`the copy failed its integrity check: ${String(verdict)}`);

    renameSync(partial, target);
    console.log(`backup: copied ${source} to ${target} (${totalPages} pages)`);
    return 0;
  } catch (error) {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
    console.error(`backup: could not copy ${source} to ${target}: ${(error as Error).message}`);
    return 1;
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  backup(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
