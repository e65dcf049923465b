import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/connection.js';

describe('openStore', () => {
  it('creates the missing folders and applies the migrations', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'quizbot-db-')), 'a', 'b', 'quizbot.db');
    const store = openStore(path);
    const tables = store.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    store.close();

    expect(existsSync(path)).toBe(true);
    expect(tables).toEqual(
      expect.arrayContaining(['banks', 'member_totals', 'rounds', 'schedules', 'submissions']),
    );
  });

  it('names the folder it cannot create instead of hanging', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-db-'));
    writeFileSync(join(dir, 'file'), '');
    expect(() => openStore(join(dir, 'file', 'x.db'))).toThrow(
      `cannot open the database ${join(dir, 'file', 'x.db')}: unable to open database file`,
    );
    expect(() => openStore('/proc/nope/x.db')).toThrow(
      'cannot create the folder /proc/nope for the database: ENOENT',
    );
  });

  it('names a file that is not a database', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'quizbot-db-')), 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(100));
    expect(() => openStore(path)).toThrow(`cannot open the database ${path}: file is not a database`);
  });
});
