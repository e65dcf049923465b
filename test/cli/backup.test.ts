import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backup } from '../../src/cli/backup.js';
import { openStore } from '../../src/db/connection.js';

let dir: string;
let errors: string[];
let output: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbot-backup-'));
  errors = [];
  output = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  vi.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A WAL database, still open, with a ledger whose two tables must always have equal counts. */
function liveDatabase(rows: number): { path: string; db: Database.Database } {
  const path = join(dir, 'live.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE debit (n INTEGER, pad TEXT); CREATE TABLE credit (n INTEGER, pad TEXT);');
  const pair = pairWriter(db);
  db.transaction(() => {
    for (let i = 0; i < rows; i++) pair(i);
  })();
  return { path, db };
}

function pairWriter(db: Database.Database) {
  const debit = db.prepare('INSERT INTO debit VALUES (?, ?)');
  const credit = db.prepare('INSERT INTO credit VALUES (?, ?)');
  return (n: number) => {
    debit.run(n, 'x'.repeat(200));
    credit.run(n, 'y'.repeat(200));
  };
}

function counts(path: string): [number, number] {
  const db = new Database(path, { readonly: true });
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result: [number, number] = [count('debit'), count('credit')];
  db.close();
  return result;
}

describe('npm run backup -- FILE', () => {
  it('copies every committed row of a database that is open and in WAL mode, as one file', async () => {
    const { path, db } = liveDatabase(500);
    const target = join(dir, 'copy.db');

    expect(await backup([target], { DATABASE_PATH: path })).toBe(0);
    db.close();

    expect(counts(target)).toEqual([500, 500]);
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(false);
    expect(output).toEqual([
      expect.stringMatching(/^backup: copied .*live\.db to .*copy\.db \(\d+ pages\)$/),
    ]);
  });

  it('gives one committed state while another connection keeps writing', async () => {
    const { path, db } = liveDatabase(5000);
    const pair = pairWriter(db);
    let next = 5000;
    let writing = true;
    // Each write is one transaction touching both tables; a torn copy would show unequal counts.
    const writer = (async () => {
      while (writing) {
        db.transaction(() => pair(next++))();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    const code = await backup([join(dir, 'copy.db')], { DATABASE_PATH: path });
    writing = false;
    await writer;
    db.close();

    expect(code).toBe(0);
    const [debits, credits] = counts(join(dir, 'copy.db'));
    expect(debits).toBe(credits);
    expect(debits).toBeGreaterThanOrEqual(5000);
  });

  it('opens as the bot’s database with the real schema after the copy', async () => {
    const path = join(dir, 'bot.db');
    const store = openStore(path);
    const target = join(dir, 'copy.db');

    expect(await backup([target], { DATABASE_PATH: path })).toBe(0);
    store.close();

    const copy = openStore(target);
    const tables = copy.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'submissions'").all();
    copy.close();
    expect(tables).toEqual([{ name: 'submissions' }]);
  });

  it('refuses to overwrite a file unless --force is given', async () => {
    const { path, db } = liveDatabase(3);
    db.close();
    const target = join(dir, 'copy.db');
    writeFileSync(target, 'keep me');

    expect(await backup([target], { DATABASE_PATH: path })).toBe(1);
    expect(errors).toEqual([`backup: ${target} already exists; pass --force to overwrite it`]);
    expect(readFileSync(target, 'utf8')).toBe('keep me');

    expect(await backup([target, '--force'], { DATABASE_PATH: path })).toBe(0);
    expect(counts(target)).toEqual([3, 3]);
  });

  it('names the problem: no file, an unknown option, a missing database, a missing folder', async () => {
    const { path, db } = liveDatabase(1);
    db.close();

    expect(await backup([], { DATABASE_PATH: path })).toBe(1);
    expect(await backup(['a.db', '--overwrite'], { DATABASE_PATH: path })).toBe(1);
    expect(await backup([join(dir, 'c.db')], { DATABASE_PATH: join(dir, 'none.db') })).toBe(1);
    expect(await backup([join(dir, 'no', 'such', 'c.db')], { DATABASE_PATH: path })).toBe(1);

    expect(errors[0]).toBe('usage: npm run backup -- FILE [--force]');
    expect(errors[1]).toMatch(
      /^backup: Unknown option '--overwrite'.*\nusage: npm run backup -- FILE \[--force\]$/s,
    );
    expect(errors[2]).toBe(
      `backup: no database at ${join(dir, 'none.db')} (set DATABASE_PATH to the bot's database)`,
    );
    expect(errors[3]).toMatch(/^backup: could not copy .* to .*c\.db: .*directory does not exist/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
