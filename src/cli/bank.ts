/**
 * `npm run bank -- check <files…> [--json]`, `import <files…> [--guild ID]`, `list [--guild ID]`.
 *
 * Problems go to stderr as `file:line: message` (warnings as `file:line: warning: message`), so
 * stdout stays clean for `--json`. Exit code 1 means at least one error; warnings never fail.
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { importBankFile } from '../bank/import-bank.js';
import type { Bank } from '../bank/model.js';
import { formatProblem } from '../bank/problems.js';
import { loadBankFile } from '../bank/read-bank-file.js';
import { databasePathFrom } from '../config.js';
import { listBanks } from '../db/banks.js';
import { openStore } from '../db/connection.js';

const USAGE =
  'usage: npm run bank -- check <files…> [--json] | import <files…> [--guild ID] | list [--guild ID]';

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (!args) return 1;
  const { values, positionals } = args;
  const [command, ...files] = positionals;

  if (command === 'check' && files.length > 0) return check(files, values.json);
  if (command === 'import' && files.length > 0) return importFiles(files, values.guild);
  if (command === 'list') return list(values.guild);
  console.error(USAGE);
  return 1;
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, guild: { type: 'string', default: '' } },
    });
  } catch (err) {
    console.error(`bank: ${(err as Error).message}\n${USAGE}`);
    return undefined;
  }
}

async function check(files: string[], json: boolean): Promise<number> {
  const banks: Bank[] = [];
  for (const file of files) banks.push(await readOrReport(file));

  for (const bank of banks) reportProblems(bank);
  if (json) console.log(JSON.stringify(banks.map(withoutLines), null, 2));
  else
    for (const bank of banks) console.log(`${bank.file}: ${countOf(bank.questions.length, 'question')} read`);
  return banks.some(hasErrors) ? 1 : 0;
}

async function importFiles(files: string[], guildId: string): Promise<number> {
  const store = openStore(databasePath());
  let failed = false;
  try {
    for (const file of files) {
      const { bank, saved } = await importBankFile(store.db, file, guildId).catch((err: unknown) => ({
        bank: cannotRead(file, err),
        saved: undefined,
      }));
      reportProblems(bank);
      failed ||= hasErrors(bank);
      const counts = saved && `${saved.added} added, ${saved.updated} updated, ${saved.retired} retired`;
      console.log(
        counts
          ? `${file}: "${bank.title}": ${counts}, ${saved.unchanged} unchanged`
          : `${file}: not imported`,
      );
    }
  } finally {
    store.close();
  }
  return failed ? 1 : 0;
}

function list(guildId: string): number {
  const store = openStore(databasePath());
  try {
    const banks = listBanks(store.db, guildId, { includeHidden: true });
    // An empty list on stdout reads as a hang or a bug; say where we looked, on stderr.
    if (banks.length === 0)
      console.error(`no banks in ${databasePath()} yet: npm run bank -- import <files…>`);
    for (const bank of banks) {
      const flags = [bank.guildId === '' ? 'global' : `guild ${bank.guildId}`, bank.hidden ? 'hidden' : ''];
      const where = flags.filter((flag) => flag !== '').join(', ');
      console.log(`${bank.slug}\t${countOf(bank.questionCount, 'question')}\t${bank.title} (${where})`);
    }
  } finally {
    store.close();
  }
  return 0;
}

async function readOrReport(file: string): Promise<Bank> {
  return loadBankFile(file).then(
    (loaded) => loaded.bank,
    (err: unknown) => cannotRead(file, err),
  );
}

/** A missing or unreadable file is reported like any other problem, not as a stack trace. */
function cannotRead(file: string, err: unknown): Bank {
  const message = `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  return { file, title: '', questions: [], problems: [{ file, line: 1, severity: 'error', message }] };
}

function reportProblems(bank: Bank): void {
  for (const problem of bank.problems) console.error(formatProblem(problem));
}

function hasErrors(bank: Bank): boolean {
  return bank.problems.some((problem) => problem.severity === 'error');
}

/** The JSON shape of `check --json`; source lines are for problems, not for the bank itself. */
function withoutLines(bank: Bank) {
  const questions = bank.questions.map(({ number, text, options, correct }) => ({
    number,
    text,
    options,
    correct,
  }));
  return { file: bank.file, title: bank.title, questions, problems: bank.problems };
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function databasePath(): string {
  return databasePathFrom(process.env);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`bank: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
