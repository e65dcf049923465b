import type { APIMessage } from 'discord-api-types/v10';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBankBytes } from '../../src/bank/import-bank.js';
import { readBankBytes } from '../../src/bank/read-bank-file.js';
import { readQuestion } from '../../src/db/banks.js';
import { openStore } from '../../src/db/connection.js';
import { readRound } from '../../src/db/rounds.js';
import { readSubmissions } from '../../src/db/submissions.js';
import { checkChoices, encodeChoices } from '../../src/quiz/choices.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { answerMenuId, contentOf } from '../support/two-servers.js';

/** Pieces of real bank syntax, so random files reach deep into the readers, not only the first check. */
const FRAGMENTS = [
  '## Quiz',
  '## Questions',
  '## Answers',
  '#### 1. Which?',
  '#### 2. Which?',
  '#### 0. Zero?',
  '#### 99999999999. Huge?',
  'A) Apple',
  'B) Brick',
  'A) ✓ Apple — yes',
  'B) ✗ Brick — no',
  '**Correct:** A',
  '**Correct:** A,B,Z',
  '**Correct:**',
  '- [x] Apple',
  '- [ ] Brick',
  '```',
  '$x^2$',
  '@everyone <@&123> <@1>',
  '<br>',
  '',
  '\r',
  '\uFEFF',
  '\u0000',
];

const bankText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 60 })
  .map((lines) => lines.join('\n'));
const bankBytes = fc.oneof(
  bankText.map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
  fc.uint8Array({ maxLength: 400 }),
);

describe('random and malformed bank files', () => {
  it('never throw, and everything read or stored keeps its invariants', () => {
    const store = openStore(':memory:');
    fc.assert(
      fc.property(bankBytes, fc.constantFrom('quiz.md', 'other.md'), (bytes, name) => {
        const bank = readBankBytes(bytes, name);
        for (const problem of bank.problems)
          expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
        for (const question of bank.questions) {
          const letters = question.options.map((o) => o.letter);
          expect(new Set(letters).size).toBe(letters.length);
          expect(question.correct.every((c) => letters.includes(c))).toBe(true);
        }

        const outcome = importBankBytes(store.db, bytes, name, 'g1');
        expect(outcome.saved === undefined).toBe(outcome.bank.questions.length === 0);
      }),
      { numRuns: 2000 },
    );

    const orphans = store.db.all(sql`PRAGMA foreign_key_check`);
    const currentTwice = store.db.all(
      sql`SELECT bank_id, number FROM questions WHERE is_current = 1 GROUP BY bank_id, number HAVING count(*) > 1`,
    );
    store.close();
    expect(orphans).toEqual([]);
    expect(currentTwice).toEqual([]);
  });
});

describe('thousands of random and forged interactions against a live round', () => {
  let h: Harness;
  let question: APIMessage;
  let otherMessage: APIMessage;
  let roundId: number;
  let menuId: string;
  const users = Array.from({ length: 12 }, (_, i) => `${900000000000000000n + BigInt(i)}`);

  beforeAll(async () => {
    h = await startHarness();
    // Answers arrive in bursts of 50 here; the 3-second window is Discord's, not what is tested.
    h.fake.interactionDeadlineMs = 30_000;
    const quiz = h.fake.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: users[0] as string,
      name: 'quiz',
      options: [
        { name: 'question', type: 4, value: 1 },
        { name: 'duration', type: 4, value: 3600 },
      ],
    });
    await quiz.response;
    question = await h.fake.waitForMessage(h.channelId, (m) => m.components?.length === 1, 5000);
    otherMessage = h.fake.channelMessages(h.channelId).find((m) => m.id !== question.id) as APIMessage;
    menuId = answerMenuId(question);
    roundId = Number(menuId.split(':')[1]);
  });
  afterAll(() => h.close());

  type Click = {
    kind: 'select' | 'button';
    userId: string;
    customId: string;
    onQuestion: boolean;
    values: string[];
  };
  const click = (): fc.Arbitrary<Click> =>
    fc.record({
      kind: fc.constantFrom<Click['kind']>('select', 'select', 'select', 'button'),
      userId: fc.oneof(fc.constantFrom(...users), fc.bigInt(1n, 2n ** 63n).map(String)),
      customId: fc.oneof(
        fc.constant(menuId),
        fc.constant(menuId),
        fc.integer({ min: -5, max: 10_000 }).map((n) => `answer:${n}`),
        fc.string({ maxLength: 30 }).map((s) => `answer:${s}`),
        fc.string({ minLength: 1, maxLength: 100 }),
      ),
      onQuestion: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      values: fc.array(
        fc.oneof(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'a', ''), fc.string({ maxLength: 120 })),
        {
          maxLength: 26,
        },
      ),
    });

  async function send(clicks: Click[]): Promise<(string | undefined)[]> {
    const replies: (string | undefined)[] = [];
    for (let i = 0; i < clicks.length; i += 50) {
      const batch = clicks.slice(i, i + 50).map((c) => {
        const target = {
          guildId: h.guildId,
          channelId: h.channelId,
          userId: c.userId,
          messageId: c.onQuestion ? question.id : otherMessage.id,
          customId: c.customId,
        };
        const handle =
          c.kind === 'select'
            ? h.fake.sendSelect({ ...target, values: c.values })
            : h.fake.sendButton(target);
        return handle.response;
      });
      for (const response of await Promise.all(batch)) {
        expect(response).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
        replies.push(contentOf(response));
      }
    }
    return replies;
  }

  /** What the round should hold: per member, the last click the bot could accept, in arrival order. */
  function expectedRows(clicks: Click[]): Map<string, string> {
    const letters = ['A', 'B', 'C', 'D'];
    const expected = new Map<string, string>();
    for (const c of clicks) {
      const check = checkChoices(c.values, letters);
      if (c.kind === 'select' && c.customId === menuId && c.onQuestion && check.ok)
        expected.set(c.userId, encodeChoices(check.letters));
    }
    return expected;
  }

  function assertConsistent(): void {
    const db = h.bot.ctx.db;
    const rows = db.all<{ round_id: number; user_id: string; n: number }>(
      sql`SELECT round_id, user_id, count(*) AS n FROM submissions GROUP BY round_id, user_id HAVING n > 1`,
    );
    expect(rows).toEqual([]);
    const strays = db.all(sql`SELECT id FROM submissions WHERE round_id NOT IN (SELECT id FROM rounds)`);
    expect(strays).toEqual([]);

    const round = readRound(db, roundId);
    const letters = readQuestion(db, round?.questionId ?? 0)?.options.map((o) => o.letter) ?? [];
    for (const row of readSubmissions(db, roundId)) {
      const chosen = row.choices.split(',');
      expect(chosen.length).toBeGreaterThan(0);
      expect(chosen.every((letter) => letters.includes(letter))).toBe(true);
      expect(encodeChoices(chosen)).toBe(row.choices);
      if (round?.closedAt) expect(row.submittedAt.getTime()).toBeLessThanOrEqual(round.closedAt.getTime());
    }
  }

  it('answers every one, records exactly the valid ones (the later wins), and never crashes', async () => {
    const clicks = fc.sample(click(), { numRuns: 1500, seed: 20261203 });
    const replies = await send(clicks);

    const expected = expectedRows(clicks);
    const stored = new Map(readSubmissions(h.bot.ctx.db, roundId).map((s) => [s.userId, s.choices]));
    expect(stored).toEqual(expected);
    expect(expected.size).toBeGreaterThan(3);
    expect(replies.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
    expect(replies.some((r) => r?.startsWith('Sorry'))).toBe(false);
    assertConsistent();
  });

  it('after the reveal, writes nothing more whatever arrives, and the bot still serves', async () => {
    h.bot.ctx.timers.arm(roundId, new Date());
    await h.waitForLog((l) => l.msg === 'reveal sent' && l.round === roundId, 10_000);
    const before = readSubmissions(h.bot.ctx.db, roundId);

    const clicks = fc.sample(click(), { numRuns: 500, seed: 7 });
    const replies = await send(clicks);

    expect(readSubmissions(h.bot.ctx.db, roundId)).toEqual(before);
    expect(replies.some((r) => r?.startsWith('Recorded') || r?.startsWith('Changed'))).toBe(false);
    assertConsistent();
    const leaderboard = await h.fake.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: users[1] as string,
      name: 'leaderboard',
    }).response;
    expect(leaderboard).toMatchObject({ type: 4 });
    expect(h.logs.filter((l) => l.msg === 'interaction failed')).toEqual([]);
  });
});
