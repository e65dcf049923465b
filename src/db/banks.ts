import { createHash } from 'node:crypto';
import { and, asc, count, eq, inArray, max } from 'drizzle-orm';
import type { Bank, BankQuestion } from '../bank/model.js';
import type { Db } from './connection.js';
import { banks, options, questions } from './schema.js';

export interface BankSource {
  /** '' for a global bank (BANKS_DIR or the CLI), else the server that imported it. */
  guildId: string;
  slug: string;
  sourcePath: string;
  /** Hash of the file's bytes; an unchanged hash means the import writes nothing. */
  contentHash: string;
}

export interface SaveBankResult {
  bankId: number;
  added: number;
  updated: number;
  retired: number;
  unchanged: number;
}

export interface BankRow {
  id: number;
  slug: string;
  title: string;
  questionCount: number;
  hidden: boolean;
  guildId: string;
}

export interface StoredOption {
  letter: string;
  text: string;
  isCorrect: boolean;
  note: string;
  position: number;
}

export interface StoredQuestion {
  id: number;
  bankId: number;
  bankTitle: string;
  bankSlug: string;
  number: number;
  version: number;
  text: string;
  options: StoredOption[];
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Stores a bank read from a file, in one transaction. Question rows are never changed or deleted:
 * an edited question gets a new version and the old one stops being current, so rounds and
 * submissions keep pointing at the exact words and options that were asked.
 */
export function saveBank(db: Db, bank: Bank, source: BankSource): SaveBankResult {
  return db.transaction((tx) => {
    const existing = tx
      .select()
      .from(banks)
      .where(and(eq(banks.guildId, source.guildId), eq(banks.slug, source.slug)))
      .get();
    if (existing?.contentHash === source.contentHash) {
      const unchanged = readCurrentQuestions(tx, existing.id).length;
      return { bankId: existing.id, added: 0, updated: 0, retired: 0, unchanged };
    }

    const bankId = upsertBank(tx, bank.title, source, existing?.id);
    return saveQuestions(tx, bankId, bank.questions);
  });
}

function upsertBank(tx: Tx, title: string, source: BankSource, existingId: number | undefined): number {
  const values = {
    title,
    sourcePath: source.sourcePath,
    contentHash: source.contentHash,
    importedAt: new Date(),
  };
  if (existingId !== undefined) {
    tx.update(banks).set(values).where(eq(banks.id, existingId)).run();
    return existingId;
  }

  const inserted = tx
    .insert(banks)
    .values({ ...values, guildId: source.guildId, slug: source.slug })
    .returning({ id: banks.id })
    .get();
  return inserted.id;
}

function saveQuestions(tx: Tx, bankId: number, incoming: readonly BankQuestion[]): SaveBankResult {
  const current = tx
    .select({ id: questions.id, number: questions.number, contentHash: questions.contentHash })
    .from(questions)
    .where(and(eq(questions.bankId, bankId), eq(questions.isCurrent, true)))
    .all();
  const currentByNumber = new Map(current.map((row) => [row.number, row]));
  const latestVersion = new Map(
    tx
      .select({ number: questions.number, version: max(questions.version) })
      .from(questions)
      .where(eq(questions.bankId, bankId))
      .groupBy(questions.number)
      .all()
      .map((row) => [row.number, row.version ?? 0]),
  );

  const result: SaveBankResult = { bankId, added: 0, updated: 0, retired: 0, unchanged: 0 };
  const incomingNumbers = new Set(incoming.map((question) => question.number));
  const toRetire = current.filter((row) => !incomingNumbers.has(row.number)).map((row) => row.id);
  result.retired = toRetire.length;

  for (const question of incoming) {
    const hash = questionHash(question);
    const row = currentByNumber.get(question.number);
    if (row?.contentHash === hash) {
      result.unchanged++;
      continue;
    }

    if (row) toRetire.push(row.id);
    result[row ? 'updated' : 'added']++;
    insertVersion(tx, bankId, question, (latestVersion.get(question.number) ?? 0) + 1, hash);
  }

  if (toRetire.length > 0) {
    tx.update(questions).set({ isCurrent: false }).where(inArray(questions.id, toRetire)).run();
  }
  return result;
}

function insertVersion(tx: Tx, bankId: number, question: BankQuestion, version: number, hash: string): void {
  const { id } = tx
    .insert(questions)
    .values({
      bankId,
      number: question.number,
      version,
      text: question.text,
      contentHash: hash,
      isCurrent: true,
      createdAt: new Date(),
    })
    .returning({ id: questions.id })
    .get();

  tx.insert(options)
    .values(
      question.options.map((option, position) => ({
        questionId: id,
        letter: option.letter,
        position,
        text: option.text,
        isCorrect: option.correct,
        note: option.explanation,
      })),
    )
    .run();
}

/** Everything a member sees of a question; the number is the key, not part of the content. */
function questionHash(question: BankQuestion): string {
  const content = [question.text, question.options.map((o) => [o.letter, o.text, o.correct, o.explanation])];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** Global banks plus the server's own, sorted by title; hidden ones only when asked for. */
export function listBanks(db: Db | Tx, guildId: string, opts: { includeHidden?: boolean } = {}): BankRow[] {
  const rows = db
    .select({
      id: banks.id,
      slug: banks.slug,
      title: banks.title,
      questionCount: count(questions.id),
      hidden: banks.hidden,
      guildId: banks.guildId,
    })
    .from(banks)
    .leftJoin(questions, and(eq(questions.bankId, banks.id), eq(questions.isCurrent, true)))
    .where(inArray(banks.guildId, ['', guildId]))
    .groupBy(banks.id)
    .all();

  const visible = opts.includeHidden ? rows : rows.filter((row) => !row.hidden);
  return visible.sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.id - b.id);
}

/**
 * The bank a member named: an exact slug first, else a title in any case. The server's own bank
 * wins over a global one with the same name. Hidden banks are found too; callers check `hidden`.
 */
export function findBank(db: Db, guildId: string, slugOrTitle: string): BankRow | undefined {
  const rows = listBanks(db, guildId, { includeHidden: true });
  rows.sort((a, b) => Number(b.guildId === guildId) - Number(a.guildId === guildId));

  const title = slugOrTitle.toLowerCase();
  return (
    rows.find((row) => row.slug === slugOrTitle) ?? rows.find((row) => row.title.toLowerCase() === title)
  );
}

export function readCurrentQuestions(db: Db | Tx, bankId: number): { id: number; number: number }[] {
  return db
    .select({ id: questions.id, number: questions.number })
    .from(questions)
    .where(and(eq(questions.bankId, bankId), eq(questions.isCurrent, true)))
    .orderBy(asc(questions.number))
    .all();
}

/** One exact version of a question, current or not, with its options in file order. */
export function readQuestion(db: Db, questionId: number): StoredQuestion | undefined {
  const row = db
    .select({
      id: questions.id,
      bankId: questions.bankId,
      bankTitle: banks.title,
      bankSlug: banks.slug,
      number: questions.number,
      version: questions.version,
      text: questions.text,
    })
    .from(questions)
    .innerJoin(banks, eq(banks.id, questions.bankId))
    .where(eq(questions.id, questionId))
    .get();
  if (!row) return undefined;

  const stored = db
    .select({
      letter: options.letter,
      text: options.text,
      isCorrect: options.isCorrect,
      note: options.note,
      position: options.position,
    })
    .from(options)
    .where(eq(options.questionId, questionId))
    .orderBy(asc(options.position))
    .all();
  return { ...row, options: stored };
}

export function setBankHidden(db: Db, bankId: number, hidden: boolean): void {
  db.update(banks).set({ hidden }).where(eq(banks.id, bankId)).run();
}
