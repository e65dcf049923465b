import type { APIMessage } from 'discord-api-types/v10';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRound } from '../../src/db/rounds.js';
import { readSubmissions } from '../../src/db/submissions.js';
import { MEMBER_PERMISSIONS } from '../fake-discord/index.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { answerMenuId, contentOf } from '../support/two-servers.js';

let h: Harness;
let ann: string;
let bob: string;

beforeAll(async () => {
  h = await startHarness();
  ann = h.fake.addMember(h.guildId, { username: 'ann' }).userId;
  bob = h.fake.addMember(h.guildId, { username: 'bob' }).userId;
});
afterAll(() => h.close());

const where = () => ({ guildId: h.guildId, channelId: h.channelId });
const postsToChannel = () =>
  h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${h.channelId}/messages`);
const revealsOf = (question: APIMessage) =>
  h.fake.channelMessages(h.channelId).filter((m) => m.message_reference?.message_id === question.id);

/** Opens a round over the wire and returns its question message and round id. */
async function openRound(question: number): Promise<{ message: APIMessage; roundId: number }> {
  const seen = new Set(h.fake.channelMessages(h.channelId).map((m) => m.id));
  const command = h.fake.sendSlashCommand({
    ...where(),
    userId: ann,
    name: 'quiz',
    options: [
      { name: 'question', type: 4, value: question },
      { name: 'duration', type: 4, value: 600 },
    ],
  });
  await command.response;
  const reply = await h.fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.includes(command.token),
    15_000,
  );
  expect((reply.body as { content: string }).content).toMatch(new RegExp(`^Posted question ${question}\\.`));
  const message = await h.fake.waitForMessage(
    h.channelId,
    (m) => !seen.has(m.id) && m.components?.length === 1,
  );
  return { message, roundId: Number(answerMenuId(message).split(':')[1]) };
}

function answer(userId: string, question: { message: APIMessage }, values: string[]) {
  const customId = answerMenuId(question.message);
  return h.fake.sendSelect({ ...where(), userId, messageId: question.message.id, customId, values }).response;
}

/** The closing time has come: fire the round's reveal now instead of waiting out its duration. */
function closeNow(roundId: number): void {
  h.bot.ctx.timers.arm(roundId, new Date());
}

describe('Discord failing while the bot posts', () => {
  it('posts the question once through a 503 and a post whose answer was lost', async () => {
    h.fake.faults.next({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 503 });
    h.fake.faults.next({ method: 'POST', path: /^\/channels\/\d+\/messages$/, drop: 'after' });
    const round = await openRound(1);

    const questions = h.fake.channelMessages(h.channelId).filter((m) => m.components?.length === 1);
    expect(questions.map((m) => m.id)).toEqual([round.message.id]);
    expect(postsToChannel().map((r) => [r.status ?? 'dropped', (r.body as { nonce: string }).nonce])).toEqual(
      [
        [503, `question-${round.roundId}`],
        ['dropped', `question-${round.roundId}`],
        [200, `question-${round.roundId}`],
      ],
    );
    expect(readRound(h.bot.ctx.db, round.roundId)?.messageId).toBe(round.message.id);
    const retries = h.logs.filter((l) => l.msg === 'question not posted; will retry');
    expect(retries.map((l) => [l.round, l.retryInMs])).toEqual([
      [round.roundId, 500],
      [round.roundId, 2000],
    ]);
  });

  it('keeps every acknowledged answer across a gateway drop', async () => {
    const round = {
      message: h.fake.channelMessages(h.channelId).find((m) => m.components?.length === 1) as APIMessage,
    };
    const roundId = Number(answerMenuId(round.message).split(':')[1]);

    expect(contentOf(await answer(ann, round, ['A', 'B', 'C']))).toMatch(/^Recorded your answer/);
    h.fake.dropGateway();
    expect(contentOf(await answer(bob, round, ['D']))).toMatch(/^Recorded your answer/);

    expect(
      readSubmissions(h.bot.ctx.db, roundId)
        .map((s) => [s.userId, s.choices])
        .sort(),
    ).toEqual(
      [
        [ann, 'A,B,C'],
        [bob, 'D'],
      ].sort(),
    );
  });

  it('reveals once after a 500 on the menu edit, trying again with backoff', async () => {
    const question = h.fake
      .channelMessages(h.channelId)
      .find((m) => m.components?.length === 1) as APIMessage;
    const roundId = Number(answerMenuId(question).split(':')[1]);
    h.fake.faults.next({ method: 'PATCH', path: new RegExp(`/messages/${question.id}$`), status: 500 });
    closeNow(roundId);

    await h.waitForLog((l) => l.msg === 'reveal sent' && l.round === roundId, 10_000);
    const [reveal, ...more] = revealsOf(question);
    expect(more).toEqual([]);

    expect(readRound(h.bot.ctx.db, roundId)?.revealMessageId).toBe(reveal?.id);
    const failed = h.logs.find((l) => l.msg === 'reveal failed; will retry' && l.round === roundId);
    expect(failed).toMatchObject({ guild: h.guildId, channel: h.channelId, retryInMs: 2000 });
  });

  it('reveals once through a 429 with Retry-After and a reveal post whose answer was lost', async () => {
    const round = await openRound(2);
    await answer(ann, round, ['B']);
    h.fake.faults.next({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 429, retryAfter: 0.2 });
    h.fake.faults.next({ method: 'POST', path: /^\/channels\/\d+\/messages$/, drop: 'after' });
    closeNow(round.roundId);

    await h.waitForLog((l) => l.msg === 'reveal sent' && l.round === round.roundId, 10_000);
    const reveals = revealsOf(round.message);
    expect(reveals).toHaveLength(1);
    expect(readRound(h.bot.ctx.db, round.roundId)?.revealMessageId).toBe(reveals[0]?.id);
    const nonce = `reveal-${round.roundId}-0`;
    const posts = postsToChannel().filter((r) => (r.body as { nonce?: string }).nonce === nonce);
    expect(posts.map((r) => r.status ?? 'dropped')).toEqual([429, 'dropped', 200]);
    expect(h.fake.faults.remaining).toBe(0);
  });
});

describe('a round whose message, channel or access is gone', () => {
  it('closes the round when the question was deleted and logs why, keeping its answers', async () => {
    const round = await openRound(3);
    await answer(ann, round, ['A']);
    h.fake.deleteMessage(h.channelId, round.message.id);
    closeNow(round.roundId);

    const logged = await h.waitForLog(
      (l) => l.msg === 'round closed without reveal' && l.round === round.roundId,
    );
    expect(logged).toMatchObject({
      guild: h.guildId,
      channel: h.channelId,
      reason: 'the question message was deleted',
    });
    expect(readRound(h.bot.ctx.db, round.roundId)).toMatchObject({
      closeReason: 'the question message was deleted',
      revealMessageId: null,
    });
    expect(readSubmissions(h.bot.ctx.db, round.roundId).map((s) => s.choices)).toEqual(['A']);
    expect(revealsOf(round.message)).toEqual([]);
  });

  it('closes the round when the bot lost access to the channel', async () => {
    const round = await openRound(4);
    h.fake.faults.next({ method: 'PATCH', path: /\/messages\/\d+$/, status: 403, code: 50001 });
    closeNow(round.roundId);

    await h.waitForLog((l) => l.msg === 'round closed without reveal' && l.round === round.roundId);
    expect(readRound(h.bot.ctx.db, round.roundId)?.closeReason).toBe('the bot lost access to the channel');
    expect(revealsOf(round.message)).toEqual([]);
  });

  it('answers a handler that throws with a short apology and logs its ids', async () => {
    const mod = h.fake.addMember(h.guildId, {
      username: 'mod',
      permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
    }).userId;
    // An attachment option whose file Discord did not resolve: discord.js throws in the handler.
    const command = h.fake.sendSlashCommand({
      ...where(),
      userId: mod,
      name: 'bank',
      subcommand: 'import',
      options: [{ name: 'file', type: 11, value: '1234567890123456789' }],
    });

    expect(await command.response).toEqual({
      type: 4,
      data: {
        content: 'Sorry, something went wrong on my side. Please try again.',
        flags: 64,
        allowed_mentions: { parse: [] },
        tts: false,
        enforce_nonce: false,
      },
    });
    const logged = await h.waitForLog((l) => l.msg === 'interaction failed');
    expect(logged).toMatchObject({ guild: h.guildId, channel: h.channelId, user: mod, command: 'bank' });
    expect(
      contentOf(await h.fake.sendSlashCommand({ ...where(), userId: ann, name: 'leaderboard' }).response),
    ).toBe(undefined);
  });

  it('closes the round when its channel was deleted', async () => {
    const round = await openRound(5);
    h.fake.deleteChannel(h.channelId);
    closeNow(round.roundId);

    await h.waitForLog((l) => l.msg === 'round closed without reveal' && l.round === round.roundId);
    expect(readRound(h.bot.ctx.db, round.roundId)?.closeReason).toBe('the channel was deleted');
  });

  it('put the bot token in no log line and no reply of this faulty run', () => {
    expect(h.logs.length).toBeGreaterThan(10);
    expect(JSON.stringify(h.logs)).not.toContain(h.config.discordToken);
    expect(JSON.stringify(h.fake.requests.map((r) => r.body))).not.toContain(h.config.discordToken);
  });
});
