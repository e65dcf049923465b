import { type BankSource, type SaveBankResult, saveBank } from '../db/banks.js';
import type { Db } from '../db/connection.js';
import type { Bank } from './model.js';
import { hashBytes, loadBankFile, readBankBytes } from './read-bank-file.js';
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
  return store(db, bank, { guildId, slug: slugOf(path), sourcePath: path, contentHash });
}

/** The same for a file already in memory, such as an attachment to `/bank import`. */
export function importBankBytes(db: Db, bytes: Uint8Array, fileName: string, guildId: string): ImportOutcome {
  const bank = readBankBytes(bytes, fileName);
  return store(db, bank, {
    guildId,
    slug: slugOf(fileName),
    sourcePath: fileName,
    contentHash: hashBytes(bytes),
  });
}

function store(db: Db, bank: Bank, source: BankSource): ImportOutcome {
  if (bank.questions.length === 0) return { bank, saved: undefined };
  return { bank, saved: saveBank(db, bank, source) };
}
