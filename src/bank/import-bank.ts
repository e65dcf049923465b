import { type SaveBankResult, saveBank } from '../db/banks.js';
import type { Db } from '../db/connection.js';
import type { Bank } from './model.js';
import { loadBankFile } from './read-bank-file.js';
import { slugOf } from './slug.js';

export interface ImportOutcome {
  bank: Bank;
  /** Undefined when nothing could be stored: the file was unreadable or every question failed. */
  saved: SaveBankResult | undefined;
}

/**
 * Reads one bank file and stores what it could read. Questions with problems are left out (and
 * listed in `bank.problems`); a bank with no readable question is not stored at all, so a broken
 * edit never retires a bank's working questions wholesale.
 */
export async function importBankFile(db: Db, path: string, guildId = ''): Promise<ImportOutcome> {
  const { bank, contentHash } = await loadBankFile(path);
  if (bank.questions.length === 0) return { bank, saved: undefined };

  const saved = saveBank(db, bank, { guildId, slug: slugOf(path), sourcePath: path, contentHash });
  return { bank, saved };
}
