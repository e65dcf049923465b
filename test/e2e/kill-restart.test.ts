import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/connection.js';
import { type Round, readRound } from '../../src/db/rounds.js';
import { readSubmissions, type Submission } from '../../src/db/submissions.js';
import { FakeDiscord } from '../fake-discord/index.js';
import { BotProcess } from '../support/bot-process.js';
import { answerMenuId, contentOf } from '../support/two-servers.js';

let fake: FakeDiscord;
let dir: string;
let guildId: string;
let channelId: string;
let bot: BotProcess | undefined;
const members: Record<'ann' | 'bob' | 'cy', string> = { ann: '', bob: '', cy: '' };

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: [{ name: 'Study Group', channels: [{ name: 'quiz' }] }] });
  guildId = fake.guilds[0]?.id ?? '';
  channelId = fake.guilds[0]?.channels[0]?.id ?? '';
  for (const name of ['ann', 'bob', 'cy'] as const)
    members[name] = fake.addMember(guildId, { username: name }).userId;
  dir = mkdtempSync(join(tmpdir(), 'quizbot-kill-'));
});
afterAll(async () => {
  bot?.kill('SIGKILL');
  await bot?.exited;
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function startBot(): Promise<BotProcess> {
  bot = new BotProcess({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.restUrl,
    DATABASE_PATH: join(dir, 'quizbot.db'),
    BANKS_DIR: 'data',
    LOG_LEVEL: 'info',
  });
  await bot.waitForLog((l) => l.msg === 'pending reveals re-armed', 20_000);
  return bot;
}

async function killBot(running: BotProcess): Promise<void> {
  running.kill('SIGKILL');
  expect((await running.exited).signal).toBe('SIGKILL');
}

/** Reads the database the way an operator would after the crash, with its own connection. */
function inDatabase<T>(read: (db: ReturnType<typeof openStore>['db']) => T): T {
  const store = openStore(join(dir, 'quizbot.db'));
  try {
    return read(store.db);
  } finally {
    store.close();
  }
}

const choices = (rows: Submission[]) => rows.map((s) => [s.userId, s.choices]).sort();
const isQuestion = (m: APIMessage) => m.components?.length === 1;

function quiz(question: number, duration: number) {
  return fake.sendSlashCommand({
    guildId,
    channelId,
    userId: members.ann,
    name: 'quiz',
    options: [
      { name: 'question', type: 4, value: question },
      { name: 'duration', type: 4, value: duration },
    ],
  });
}

async function answer(userId: string, message: APIMessage, values: string[]): Promise<string | undefined> {
  const customId = answerMenuId(message);
  return contentOf(
    await fake.sendSelect({ guildId, channelId, userId, messageId: message.id, customId, values }).response,
  );
}

describe('SIGKILL at any moment of a round, then a restart', () => {
  let question: APIMessage;
  let roundId: number;

  it('while the question is being posted: the half-posted round is closed at start and frees the channel', async () => {
    const first = await startBot();
    fake.faults.next({ method: 'POST', path: /^\/channels\/\d+\/messages$/, delayMs: 60_000 });
    await quiz(1, 10).response;
    const orphan = await fake.waitForMessage(channelId, isQuestion, 10_000);
    await killBot(first);

    const second = await startBot();
    const closed = await second.waitForLog((l) => l.msg === 'unposted round closed');
    const round = inDatabase((db) => readRound(db, Number(closed.round))) as Round;
    expect(round).toMatchObject({
      messageId: null,
      closeReason: 'the bot stopped while posting the question',
    });
    expect(answerMenuId(orphan)).toBe(`answer:${round.id}`);
  });

  it('with answers just acknowledged: every one of them is in the database after the restart', async () => {
    const running = bot as BotProcess;
    const command = quiz(2, 10);
    await command.response;
    await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(command.token), 10_000);
    question = fake.channelMessages(channelId).filter(isQuestion).at(-1) as APIMessage;
    roundId = Number(answerMenuId(question).split(':')[1]);

    expect(await answer(members.ann, question, ['A', 'B', 'C'])).toMatch(/^Recorded your answer/);
    expect(await answer(members.bob, question, ['D'])).toMatch(/^Recorded your answer/);
    await killBot(running);

    expect(choices(inDatabase((db) => readSubmissions(db, roundId)))).toEqual(
      [
        [members.ann, 'A,B,C'],
        [members.bob, 'D'],
      ].sort(),
    );
  });

  it('after its reveal was posted but before it was recorded: the restart posts it exactly once', async () => {
    const third = await startBot();
    expect(await answer(members.cy, question, ['B'])).toMatch(/^Recorded your answer/);
    expect(await answer(members.bob, question, ['D', 'B'])).toMatch(/^Changed your answer/);

    // Discord creates the reveal but its answer never reaches the bot before the kill.
    fake.faults.next({ method: 'POST', path: /^\/channels\/\d+\/messages$/, delayMs: 60_000 });
    const isReveal = (m: APIMessage) => m.message_reference?.message_id === question.id;
    const reveal = await fake.waitForMessage(channelId, isReveal, 15_000);
    await killBot(third);
    expect(inDatabase((db) => readRound(db, roundId))?.revealMessageId).toBeNull();

    const fourth = await startBot();
    await fourth.waitForLog((l) => l.msg === 'reveal sent' && l.round === roundId);
    expect(
      fake
        .channelMessages(channelId)
        .filter(isReveal)
        .map((m) => m.id),
    ).toEqual([reveal.id]);
    const nonces = fake.requests
      .filter((r) => r.method === 'POST' && (r.body as { nonce?: string })?.nonce === `reveal-${roundId}-0`)
      .map((r) => r.status ?? 'no answer');
    expect(nonces).toEqual(['no answer', 200]);

    const stored = inDatabase((db) => ({
      round: readRound(db, roundId),
      rows: readSubmissions(db, roundId),
    }));
    expect(stored.round?.revealMessageId).toBe(reveal.id);
    expect(choices(stored.rows)).toEqual(
      [
        [members.ann, 'A,B,C'],
        [members.bob, 'B,D'],
        [members.cy, 'B'],
      ].sort(),
    );
    // Question 2's right answer is B,D; the server scores exact matches only.
    const points = Object.fromEntries(stored.rows.map((s) => [s.userId, s.points]));
    expect(points).toEqual({ [members.ann]: 0, [members.bob]: 1, [members.cy]: 0 });
  });

  it('SIGTERM closes the gateway and the database cleanly and exits 0', async () => {
    const running = bot as BotProcess;
    running.kill('SIGTERM');

    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(running.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    expect(existsSync(join(dir, 'quizbot.db-wal'))).toBe(false);
    const check = openStore(join(dir, 'quizbot.db'));
    expect(check.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('logged no token in any of the four runs', () => {
    expect(JSON.stringify(bot?.logs)).not.toContain(fake.token);
  });
});
