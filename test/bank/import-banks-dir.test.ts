import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { importBanksDir } from '../../src/bank/import-banks-dir.js';
import { listBanks } from '../../src/db/banks.js';
import { openStore } from '../../src/db/connection.js';

function collectingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

describe('importing every bank in BANKS_DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-banks-'));
  copyFileSync(new URL('../../data/custom-loss-functions.md', import.meta.url), join(dir, 'loss.md'));
  writeFileSync(join(dir, 'broken.md'), '# Broken\n\n## Questions\n\n#### 1. Lonely?\nA) yes\nB) no\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a bank');

  it('imports the good files, logs the bad one with its line, and never throws', async () => {
    const { db } = openStore(':memory:');
    const { log, lines } = collectingLogger();

    const outcomes = await importBanksDir(db, dir, log);

    expect(outcomes.map((o) => [o.bank.file, o.saved?.added])).toEqual([
      [join(dir, 'broken.md'), undefined],
      [join(dir, 'loss.md'), 20],
    ]);
    expect(lines.map((l) => l.msg)).toContain(
      `${join(dir, 'broken.md')}:3: no ## Answers section, so no question has its answers`,
    );
    expect(listBanks(db, '').map((b) => [b.slug, b.title, b.questionCount])).toEqual([
      ['loss', '1.2 Custom Loss Functions', 20],
    ]);
  });

  it('changes nothing when run a second time', async () => {
    const { db } = openStore(':memory:');
    const { log } = collectingLogger();

    await importBanksDir(db, dir, log);
    const again = await importBanksDir(db, dir, log);

    expect(again[1]?.saved).toMatchObject({ added: 0, updated: 0, retired: 0, unchanged: 20 });
  });

  it('logs a missing folder as a warning and imports nothing', async () => {
    const { db } = openStore(':memory:');
    const { log, lines } = collectingLogger();

    expect(await importBanksDir(db, join(dir, 'missing'), log)).toEqual([]);
    expect(lines[0]?.level).toBe(40);
  });
});
