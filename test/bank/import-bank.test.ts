import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBankBytes } from '../../src/bank/import-bank.js';
import { listBanks } from '../../src/db/banks.js';
import { openStore } from '../../src/db/connection.js';

const sample = readFileSync(new URL('../../data/custom-loss-functions.md', import.meta.url));

describe('importing an uploaded bank', () => {
  it('stores it for that server only, under the file name as slug', () => {
    const { db } = openStore(':memory:');

    const { saved } = importBankBytes(db, sample, 'losses.md', 'g1');

    expect(saved).toMatchObject({ added: 20, updated: 0, retired: 0, unchanged: 0 });
    expect(listBanks(db, 'g1').map((b) => [b.slug, b.guildId, b.questionCount])).toEqual([
      ['losses', 'g1', 20],
    ]);
    expect(listBanks(db, 'g2')).toEqual([]);
  });

  it('stores nothing when no question could be read', () => {
    const { db } = openStore(':memory:');

    const outcome = importBankBytes(db, Buffer.from('# Notes only\n'), 'notes.md', 'g1');

    expect(outcome.saved).toBeUndefined();
    expect(outcome.bank.problems[0]?.message).toBe('no questions: the file has no ## Questions section');
    expect(listBanks(db, 'g1', { includeHidden: true })).toEqual([]);
  });
});
