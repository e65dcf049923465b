import { fileURLToPath } from 'node:url';
import { importBankFile } from '../../src/bank/import-bank.js';
import { listBanks, readCurrentQuestions, readQuestion, type StoredQuestion } from '../../src/db/banks.js';
import { openStore, type Store } from '../../src/db/connection.js';

export const SAMPLE_BANK = fileURLToPath(new URL('../../data/custom-loss-functions.md', import.meta.url));

/** A fresh in-memory database with the real migrations and the sample bank imported. */
export async function sampleStore(): Promise<
  Store & { bankId: number; question(n: number): StoredQuestion }
> {
  const store = openStore(':memory:');
  await importBankFile(store.db, SAMPLE_BANK);
  const bank = listBanks(store.db, '')[0];
  if (!bank) throw new Error('the sample bank did not import');

  const question = (n: number) => {
    const row = readCurrentQuestions(store.db, bank.id).find((q) => q.number === n);
    const stored = row && readQuestion(store.db, row.id);
    if (!stored) throw new Error(`sample question ${n} is missing`);
    return stored;
  };
  return Object.assign(store, { bankId: bank.id, question });
}
