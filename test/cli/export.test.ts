import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importBankFile } from '../../src/bank/import-bank.js';
import { exportCsv } from '../../src/cli/export.js';
import { openStore } from '../../src/db/connection.js';
import { SAMPLE_BANK } from '../support/sample-store.js';
import { playRound, sampleDb } from '../support/scored-rounds.js';

let dir: string;
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbot-export-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A database file with two scored rounds in server 111 and one in server 222. */
async function scoredDatabase(): Promise<string> {
  const path = join(dir, 'quizbot.db');
  const store = openStore(path);
  await importBankFile(store.db, SAMPLE_BANK);
  const sample = sampleDb(store.db);
  playRound(sample, {
    guildId: '111',
    channelId: '900',
    question: 1,
    rule: 'partial',
    answers: [
      ['501', 'A,B', '2026-12-01T10:00:05Z'],
      ['502', 'A,B,D', '2026-12-01T10:00:06Z'],
    ],
  });
  playRound(sample, {
    guildId: '111',
    channelId: '900',
    question: 6,
    answers: [['501', 'B', '2026-12-01T11:00:01Z']],
  });
  playRound(sample, {
    guildId: '222',
    channelId: '901',
    question: 6,
    answers: [['601', 'C', '2026-12-01T12:00:00Z']],
  });
  store.close();
  return path;
}

const HEADER =
  'submitted_at,round,channel,user,bank,question,version,choices,right_answer,points,exact,scheduled';
const SERVER_111 = [
  HEADER,
  '2026-12-01T10:00:05.000Z,1,900,501,custom-loss-functions,1,1,"A,B","A,B,C",0.6667,no,no',
  '2026-12-01T10:00:06.000Z,1,900,502,custom-loss-functions,1,1,"A,B,D","A,B,C",0.3333,no,no',
  '2026-12-01T11:00:01.000Z,2,900,501,custom-loss-functions,6,1,B,B,1,yes,no',
  '',
].join('\n');

function collect(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('npm run export', () => {
  it("writes one server's scored answers to stdout, with partial points to four decimals", async () => {
    const path = await scoredDatabase();
    const out = collect();

    expect(await exportCsv(['--guild', '111'], { DATABASE_PATH: path }, out.stream)).toBe(0);
    expect(out.text()).toBe(SERVER_111);
    expect(errors).toEqual(['export: 3 scored answers of server 111 written to stdout']);
  });

  it('writes to --out FILE and leaves no partial file behind', async () => {
    const path = await scoredDatabase();
    const file = join(dir, 'out.csv');

    expect(await exportCsv(['--guild', '111', '--out', file], { DATABASE_PATH: path })).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(SERVER_111);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('narrows to one bank by name, and gives just the header for a server without answers', async () => {
    const path = await scoredDatabase();
    const bank = collect();
    expect(
      await exportCsv(
        ['--guild', '111', '--bank', 'custom-loss-functions'],
        { DATABASE_PATH: path },
        bank.stream,
      ),
    ).toBe(0);
    expect(bank.text()).toBe(SERVER_111);

    const empty = collect();
    expect(await exportCsv(['--guild', '333'], { DATABASE_PATH: path }, empty.stream)).toBe(0);
    expect(empty.text()).toBe(`${HEADER}\n`);
  });

  it('names what is wrong: no guild, a bad guild, an unknown option, an unknown bank, no database', async () => {
    const path = await scoredDatabase();
    const usage = 'usage: npm run export -- --guild ID [--bank NAME] [--out FILE]';

    expect(await exportCsv([], { DATABASE_PATH: path })).toBe(1);
    expect(await exportCsv(['--guild', 'abc'], { DATABASE_PATH: path })).toBe(1);
    expect(await exportCsv(['--guild', '111', '--format', 'xls'], { DATABASE_PATH: path })).toBe(1);
    expect(await exportCsv(['--guild', '111', '--bank', 'nope'], { DATABASE_PATH: path })).toBe(1);
    expect(await exportCsv(['--guild', '111'], { DATABASE_PATH: join(dir, 'missing.db') })).toBe(1);
    expect(errors).toEqual([
      `export: --guild must be a server id (digits only), got nothing\n${usage}`,
      `export: --guild must be a server id (digits only), got "abc"\n${usage}`,
      expect.stringMatching(/^export: Unknown option '--format'/),
      'export: server 111 has no question bank called "nope"',
      `export: no database at ${join(dir, 'missing.db')} (set DATABASE_PATH to the bot's database)`,
    ]);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });
});
