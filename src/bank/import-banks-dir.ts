import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/connection.js';
import type { Logger } from '../log.js';
import { type ImportOutcome, importBankFile } from './import-bank.js';
import { formatProblem } from './problems.js';

/**
 * Imports every `*.md` directly inside `dir` as a global bank, in name order. A bad file is
 * logged and skipped; the bot starts with whatever banks did read.
 */
export async function importBanksDir(db: Db, dir: string, log: Logger): Promise<ImportOutcome[]> {
  const names = await listMarkdownFiles(dir, log);
  const outcomes: ImportOutcome[] = [];

  for (const name of names) {
    const file = join(dir, name);
    try {
      const outcome = await importBankFile(db, file);
      logOutcome(outcome, file, log);
      outcomes.push(outcome);
    } catch (err) {
      log.error({ err, file }, 'bank file could not be imported');
    }
  }
  return outcomes;
}

async function listMarkdownFiles(dir: string, log: Logger): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
      .map((entry) => entry.name)
      .sort();
  } catch (err) {
    log.warn({ err, dir }, 'banks folder could not be read; no bank imported');
    return [];
  }
}

function logOutcome({ bank, saved }: ImportOutcome, file: string, log: Logger): void {
  for (const problem of bank.problems) {
    const level = problem.severity === 'error' ? 'error' : 'warn';
    log[level]({ file, line: problem.line }, formatProblem(problem));
  }

  if (saved) log.info({ file, title: bank.title, ...saved }, 'bank imported');
  else log.error({ file }, 'bank not imported: no question could be read');
}
