import { fileURLToPath } from 'node:url';
import { importBankFile } from '../../src/bank/import-bank.js';
import { listBanks, readCurrentQuestions, readQuestion, type StoredQuestion } from '../../src/db/banks.js';
import { openStore, type Store } from '../../src/db/connection.js';

export const SAMPLE_BANK = fileURLToPath(new URL('../../data/custom-loss-functions.md', import.meta.url));

/** The menu entries of sample question 1, exactly as Discord must receive them. */
export const SAMPLE_Q1_MENU_OPTIONS = [
  { label: "A) Using a string identifier like `'mse'`", value: 'A' },
  { label: 'B) Passing a built-in loss function imported from `tensorflow.keras.losses`', value: 'B' },
  { label: 'C) Passing a custom Python function that takes `(y_true, y_pred)` as arguments', value: 'C' },
  { label: 'D) Passing a compiled model as the loss parameter', value: 'D' },
];

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
