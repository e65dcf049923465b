import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Bank, BankQuestion } from '../../src/bank/model.js';
import { readBankBytes } from '../../src/bank/read-bank-file.js';
import {
  findBank,
  listBanks,
  readCurrentQuestions,
  readQuestion,
  saveBank,
  setBankHidden,
} from '../../src/db/banks.js';
import { openStore } from '../../src/db/connection.js';
import { banks, options, questions, rounds, submissions } from '../../src/db/schema.js';

const sample = readBankBytes(
  readFileSync(new URL('../../data/custom-loss-functions.md', import.meta.url)),
  'custom-loss-functions.md',
);
const source = { guildId: '', slug: 'loss', sourcePath: 'data/custom-loss-functions.md', contentHash: 'v1' };

function withQuestion(bank: Bank, number: number, change: (q: BankQuestion) => BankQuestion): Bank {
  return { ...bank, questions: bank.questions.map((q) => (q.number === number ? change(q) : q)) };
}

function counts(db: ReturnType<typeof openStore>['db']) {
  return {
    banks: db.select().from(banks).all().length,
    questions: db.select().from(questions).all().length,
    options: db.select().from(options).all().length,
  };
}

describe('saving a bank', () => {
  it('stores every question as version 1 with its options, notes and marks', () => {
    const { db } = openStore(':memory:');

    const result = saveBank(db, sample, source);

    expect(result).toEqual({ bankId: 1, added: 20, updated: 0, retired: 0, unchanged: 0 });
    expect(counts(db)).toEqual({ banks: 1, questions: 20, options: 80 });
    const first = readCurrentQuestions(db, result.bankId)[0];
    expect(readQuestion(db, first?.id ?? 0)).toMatchObject({
      bankTitle: '1.2 Custom Loss Functions',
      bankSlug: 'loss',
      number: 1,
      version: 1,
      options: [
        {
          letter: 'A',
          position: 0,
          isCorrect: true,
          note: 'Keras supports string aliases for common losses.',
        },
        { letter: 'B', position: 1, isCorrect: true },
        { letter: 'C', position: 2, isCorrect: true },
        { letter: 'D', position: 3, isCorrect: false },
      ],
    });
  });

  it('writes nothing when the same file is imported again', () => {
    const { db } = openStore(':memory:');
    saveBank(db, sample, source);
    const before = db.select().from(banks).get();

    const result = saveBank(db, sample, source);

    expect(result).toEqual({ bankId: 1, added: 0, updated: 0, retired: 0, unchanged: 20 });
    expect(counts(db)).toEqual({ banks: 1, questions: 20, options: 80 });
    expect(db.select().from(banks).get()).toEqual(before);
  });

  it('adds no question rows when the file changed but no question did', () => {
    const { db } = openStore(':memory:');
    saveBank(db, sample, source);

    const result = saveBank(db, { ...sample, title: 'Loss Functions' }, { ...source, contentHash: 'v2' });

    expect(result).toEqual({ bankId: 1, added: 0, updated: 0, retired: 0, unchanged: 20 });
    expect(counts(db)).toEqual({ banks: 1, questions: 20, options: 80 });
    expect(listBanks(db, '')[0]?.title).toBe('Loss Functions');
  });

  it('gives an edited question version 2 and leaves version 1, its options and its submissions alone', () => {
    const { db } = openStore(':memory:');
    const { bankId } = saveBank(db, sample, source);
    const v1 = readCurrentQuestions(db, bankId).find((q) => q.number === 6)?.id ?? 0;
    const round = db
      .insert(rounds)
      .values({
        guildId: 'g',
        channelId: 'c',
        questionId: v1,
        startedBy: 'u',
        openedAt: new Date(),
        closesAt: new Date(),
      })
      .returning()
      .get();
    db.insert(submissions)
      .values({ roundId: round.id, guildId: 'g', userId: 'u', choices: 'B', submittedAt: new Date() })
      .run();

    const edited = withQuestion(sample, 6, (q) => ({
      ...q,
      text: 'Which method must a Loss subclass override?',
    }));
    const result = saveBank(db, edited, { ...source, contentHash: 'v2' });

    expect(result).toEqual({ bankId, added: 0, updated: 1, retired: 0, unchanged: 19 });
    const v2 = readCurrentQuestions(db, bankId).find((q) => q.number === 6)?.id ?? 0;
    expect(readQuestion(db, v2)).toMatchObject({
      version: 2,
      text: 'Which method must a Loss subclass override?',
    });
    expect(db.select().from(questions).where(eq(questions.id, v1)).get()?.isCurrent).toBe(false);
    expect(readQuestion(db, v1)).toMatchObject({ version: 1, text: sample.questions[5]?.text });
    expect(readQuestion(db, v1)?.options).toHaveLength(4);
    expect(db.select().from(rounds).get()?.questionId).toBe(v1);
    expect(db.select().from(submissions).get()?.roundId).toBe(round.id);
  });

  it('retires a question that left the file and brings it back as the next version', () => {
    const { db } = openStore(':memory:');
    const { bankId } = saveBank(db, sample, source);
    const without20 = { ...sample, questions: sample.questions.filter((q) => q.number !== 20) };

    expect(saveBank(db, without20, { ...source, contentHash: 'v2' })).toMatchObject({
      retired: 1,
      unchanged: 19,
    });
    expect(readCurrentQuestions(db, bankId).map((q) => q.number)).not.toContain(20);

    expect(saveBank(db, sample, { ...source, contentHash: 'v3' })).toMatchObject({ added: 1, unchanged: 19 });
    const back = readCurrentQuestions(db, bankId).find((q) => q.number === 20);
    expect(readQuestion(db, back?.id ?? 0)?.version).toBe(2);
  });
});

describe('finding banks', () => {
  function seeded() {
    const { db } = openStore(':memory:');
    const one = (title: string) => ({ ...sample, title, questions: sample.questions.slice(0, 1) });
    saveBank(db, one('Zoology'), { ...source, slug: 'zoo', contentHash: 'a' });
    saveBank(db, sample, { ...source, contentHash: 'b' });
    saveBank(db, one('Algebra'), { ...source, guildId: 'g1', slug: 'alg', contentHash: 'c' });
    saveBank(db, one('Other server'), { ...source, guildId: 'g2', slug: 'other', contentHash: 'd' });
    saveBank(db, one('Own loss'), { ...source, guildId: 'g1', contentHash: 'e' });
    return db;
  }

  it('lists global banks plus the server’s own, by title, with current question counts', () => {
    const db = seeded();
    expect(listBanks(db, 'g1').map((b) => [b.slug, b.title, b.questionCount, b.guildId])).toEqual([
      ['loss', '1.2 Custom Loss Functions', 20, ''],
      ['alg', 'Algebra', 1, 'g1'],
      ['loss', 'Own loss', 1, 'g1'],
      ['zoo', 'Zoology', 1, ''],
    ]);
  });

  it('leaves hidden banks out unless asked for', () => {
    const db = seeded();
    const zoo = findBank(db, 'g1', 'zoo');
    setBankHidden(db, zoo?.id ?? 0, true);

    expect(listBanks(db, 'g1').map((b) => b.slug)).not.toContain('zoo');
    expect(listBanks(db, 'g1', { includeHidden: true }).find((b) => b.slug === 'zoo')?.hidden).toBe(true);
  });

  it('finds by exact slug first, the server’s own before a global one, else by title in any case', () => {
    const db = seeded();
    expect(findBank(db, 'g1', 'loss')?.title).toBe('Own loss');
    expect(findBank(db, 'g2', 'loss')?.title).toBe('1.2 Custom Loss Functions');
    expect(findBank(db, 'g1', 'ALGEBRA')?.slug).toBe('alg');
    expect(findBank(db, 'g2', 'alg')).toBeUndefined();
  });
});
