import type { APIEmbed, APIInteractionResponse, APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBanks } from '../../src/db/banks.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { type Answer, playRound, sampleDb } from '../support/scored-rounds.js';

let h: Harness;
/** m[0] … m[11]: twelve members, one more than a page. */
let m: string[];

const where = () => ({ guildId: h.guildId, channelId: h.channelId });
const embedOf = (response: APIInteractionResponse) =>
  'data' in response ? (response.data as { embeds: APIEmbed[] }).embeds[0] : undefined;
const buttonIds = (response: APIInteractionResponse) => {
  const data = 'data' in response ? (response.data as Pick<APIMessage, 'components'>) : undefined;
  const row = data?.components?.[0];
  return row && 'components' in row
    ? row.components.map((b) => [
        (b as { custom_id: string }).custom_id,
        (b as { disabled: boolean }).disabled,
      ])
    : [];
};
const line = (rank: number, user: string, points: string, right: string) =>
  `**${rank}.** <@${user}> · ${points} (${right} right)`;

beforeAll(async () => {
  h = await startHarness();
  m = Array.from({ length: 12 }, (_, i) => h.fake.addMember(h.guildId, { username: `m${i}` }).userId);
  const sample = sampleDb(h.bot.ctx.db);
  const at = (minute: number) => `2020-03-02T10:${String(minute).padStart(2, '0')}:00Z`;

  // Question 6 (right answer B): m0…m7 right, in that order; m8…m11 wrong.
  playRound(sample, {
    guildId: h.guildId,
    channelId: h.channelId,
    question: 6,
    answers: m.map((user, i): Answer => [user, i < 8 ? 'B' : 'C', at(i + 1)]),
  });
  // Question 1 (A,B,C): m2 first, then m0, then m1 reach 2 points.
  playRound(sample, {
    guildId: h.guildId,
    channelId: h.channelId,
    question: 1,
    answers: [
      [m[2] as string, 'A,B,C', at(31)],
      [m[0] as string, 'A,B,C', at(32)],
      [m[1] as string, 'A,B,C', at(33)],
    ],
  });
});
afterAll(() => h.close());

describe('/leaderboard over the local Discord', () => {
  let reply: APIMessage;

  it('shows the first ten, ties by who reached the points first, and the caller below', async () => {
    const caller = m[11] as string;
    const response = await h.fake.sendSlashCommand({ ...where(), userId: caller, name: 'leaderboard' })
      .response;

    expect(response).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    const zeros = [m[8], m[9], m[10], m[11]].map(String).sort();
    expect(embedOf(response)).toEqual({
      color: 0x5865f2,
      title: 'Leaderboard · all time',
      description: [
        line(1, m[2] as string, '2 points', '2/2'),
        line(2, m[0] as string, '2 points', '2/2'),
        line(3, m[1] as string, '2 points', '2/2'),
        ...[3, 4, 5, 6, 7].map((i) => line(i + 1, m[i] as string, '1 point', '1/1')),
        line(9, zeros[0] as string, '0 points', '0/1'),
        line(10, zeros[1] as string, '0 points', '0/1'),
        '',
        `Your rank: ${line(zeros.indexOf(caller) + 9, caller, '0 points', '0/1')}`,
      ].join('\n'),
      footer: { text: 'Page 1 of 2 · 12 members' },
    });
    expect(buttonIds(response)).toEqual([
      [`lb:all:0:0:${caller}`, true],
      [`lb:all:0:1:${caller}`, false],
    ]);
    reply = await h.fake.waitForMessage(h.channelId, (msg) =>
      JSON.stringify(msg.components ?? []).includes(`lb:all:0:1:${caller}`),
    );
  });

  it('turns to page two when another member clicks Next, keeping the caller’s rank', async () => {
    const caller = m[11] as string;
    const zeros = [m[8], m[9], m[10], m[11]].map(String).sort();
    const click = h.fake.sendButton({
      ...where(),
      userId: m[0] as string,
      messageId: reply.id,
      customId: `lb:all:0:1:${caller}`,
    });
    const response = await click.response;

    expect(response.type).toBe(7);
    expect(embedOf(response)?.description).toBe(
      [line(11, zeros[2] as string, '0 points', '0/1'), line(12, zeros[3] as string, '0 points', '0/1')].join(
        '\n',
      ),
    );
    expect(embedOf(response)?.footer).toEqual({ text: 'Page 2 of 2 · 12 members' });
    expect(buttonIds(response)).toEqual([
      [`lb:all:0:0:${caller}`, false],
      [`lb:all:0:2:${caller}`, true],
    ]);
  });

  it('still answers the buttons after a restart', async () => {
    await h.restart();
    const caller = m[11] as string;
    const response = await h.fake.sendButton({
      ...where(),
      userId: caller,
      messageId: reply.id,
      customId: `lb:all:0:0:${caller}`,
    }).response;

    expect(response.type).toBe(7);
    expect(embedOf(response)?.description?.split('\n')[0]).toBe(line(1, m[2] as string, '2 points', '2/2'));
    expect(embedOf(response)?.footer).toEqual({ text: 'Page 1 of 2 · 12 members' });
  });

  it('counts only this period: today has just the answer made now', async () => {
    playRound(sampleDb(h.bot.ctx.db), {
      guildId: h.guildId,
      channelId: h.channelId,
      question: 2,
      answers: [[m[5] as string, 'B,D', new Date().toISOString()]],
    });
    const response = await h.fake.sendSlashCommand({
      ...where(),
      userId: m[5] as string,
      name: 'leaderboard',
      options: [{ name: 'period', type: 3, value: 'today' }],
    }).response;

    expect(embedOf(response)).toMatchObject({
      title: 'Leaderboard · today',
      description: line(1, m[5] as string, '1 point', '1/1'),
      footer: { text: 'Page 1 of 1 · 1 member' },
    });
    expect(buttonIds(response)).toEqual([]);
  });

  it('narrows to one bank, suggested by autocomplete, and refuses a bank it does not know', async () => {
    const bank = listBanks(h.bot.ctx.db, h.guildId)[0];
    const suggest = await h.fake.sendAutocomplete({
      ...where(),
      userId: m[0] as string,
      name: 'leaderboard',
      focused: { name: 'bank', value: 'LOSS' },
    }).response;
    expect(suggest).toEqual({
      type: 8,
      data: {
        choices: [
          { name: `1.2 Custom Loss Functions (${bank?.questionCount} questions)`, value: bank?.slug },
        ],
      },
    });

    const narrowed = await h.fake.sendSlashCommand({
      ...where(),
      userId: m[0] as string,
      name: 'leaderboard',
      options: [{ name: 'bank', type: 3, value: bank?.slug ?? '' }],
    }).response;
    expect(embedOf(narrowed)?.title).toBe('Leaderboard · all time · 1.2 Custom Loss Functions');
    // m5 reached 2 points only now, after m2, m0 and m1 did.
    expect(embedOf(narrowed)?.description?.split('\n').slice(0, 5)).toEqual([
      line(1, m[2] as string, '2 points', '2/2'),
      line(2, m[0] as string, '2 points', '2/2'),
      line(3, m[1] as string, '2 points', '2/2'),
      line(4, m[5] as string, '2 points', '2/2'),
      line(5, m[3] as string, '1 point', '1/1'),
    ]);

    const unknown = await h.fake.sendSlashCommand({
      ...where(),
      userId: m[0] as string,
      name: 'leaderboard',
      options: [{ name: 'bank', type: 3, value: 'nope' }],
    }).response;
    expect(unknown).toMatchObject({
      type: 4,
      data: {
        content: 'There is no question bank called "nope". /bank list shows them.',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });
});
