import { PermissionFlagsBits } from 'discord.js';
import type { APIEmbed, APIInteractionResponse } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedules } from '../../src/db/schema.js';
import { MEMBER_PERMISSIONS } from '../fake-discord/index.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { playRound, sampleDb } from '../support/scored-rounds.js';

let h: Harness;
let ann: string;
let bob: string;
let mod: string;
let scheduleId: number;

const where = () => ({ guildId: h.guildId, channelId: h.channelId });
const embedOf = (body: unknown) => (body as { embeds?: APIEmbed[] }).embeds?.[0];
const dataOf = (response: APIInteractionResponse) => ('data' in response ? response.data : undefined);

/**
 * A daily schedule (UTC, 08:00) asked questions 6, 2, 3 and 4 on 1–4 March 2020.
 * ann: right, right, wrong (B of B,D), right. bob: wrong (C), right, wrong (A,B), missed.
 */
beforeAll(async () => {
  h = await startHarness();
  ann = h.fake.addMember(h.guildId, { username: 'ann' }).userId;
  bob = h.fake.addMember(h.guildId, { username: 'bob' }).userId;
  mod = h.fake.addMember(h.guildId, {
    username: 'mod',
    permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
  }).userId;

  const db = h.bot.ctx.db;
  const sample = sampleDb(db);
  scheduleId = db
    .insert(schedules)
    .values({
      guildId: h.guildId,
      channelId: h.channelId,
      time: '08:00',
      timezone: 'UTC',
      durationSeconds: 600,
      createdBy: mod,
      createdAt: new Date('2020-02-01T00:00:00Z'),
    })
    .returning({ id: schedules.id })
    .get().id;
  const days: [question: number, answers: [string, string][]][] = [
    [
      6,
      [
        [ann, 'B'],
        [bob, 'C'],
      ],
    ],
    [
      2,
      [
        [ann, 'B,D'],
        [bob, 'B,D'],
      ],
    ],
    [
      3,
      [
        [ann, 'B'],
        [bob, 'A,B'],
      ],
    ],
    [4, [[ann, 'B,C']]],
  ];
  for (const [i, [question, answers]] of days.entries()) {
    const slot = `2020-03-0${i + 1}T08:00:00Z`;
    playRound(sample, {
      guildId: h.guildId,
      channelId: h.channelId,
      question,
      scheduleId,
      slotAt: slot,
      openedAt: slot,
      answers: answers.map(([user, choices], j) => [user, choices, `2020-03-0${i + 1}T08:0${j + 1}:00Z`]),
    });
  }
});
afterAll(() => h.close());

describe('/stats over the local Discord', () => {
  it("shows the caller's own figures privately: 4 answered, 3 right, streak 1 now and 2 at best", async () => {
    const response = await h.fake.sendSlashCommand({ ...where(), userId: ann, name: 'stats' }).response;

    expect(response).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(embedOf(dataOf(response))).toEqual({
      color: 0x5865f2,
      title: 'Stats',
      description: `<@${ann}>`,
      fields: [
        { name: 'Answered', value: '4', inline: true },
        { name: 'Right', value: '3 (75%)', inline: true },
        { name: 'Points', value: '3 points', inline: true },
        { name: 'Rank', value: '1 of 2', inline: true },
        { name: 'Streak', value: '1 day now · best 2 days', inline: true },
        { name: 'Weakest bank', value: '1.2 Custom Loss Functions · 75% right (3/4)', inline: true },
      ],
      footer: { text: 'Right means exactly the right set. Streaks count scheduled days answered right.' },
    });
  });

  it('shows another member named in the option, and says so when a member has no answers', async () => {
    const other = await h.fake.sendSlashCommand({
      ...where(),
      userId: ann,
      name: 'stats',
      options: [{ name: 'member', type: 6, value: bob }],
    }).response;
    expect(embedOf(dataOf(other))?.fields?.map((f) => f.value)).toEqual([
      '3',
      '1 (33%)',
      '1 point',
      '2 of 2',
      '0 days now · best 1 day',
      '1.2 Custom Loss Functions · 33% right (1/3)',
    ]);

    const none = await h.fake.sendSlashCommand({ ...where(), userId: mod, name: 'stats' }).response;
    expect(embedOf(dataOf(none))).toEqual({
      color: 0x5865f2,
      title: 'Stats',
      description: `<@${mod}> has no scored answers yet.`,
    });
  });
});

describe('/bank stats and /bank export over the local Discord', () => {
  it('refuses members who are not moderators', async () => {
    const response = await h.fake.sendSlashCommand({
      ...where(),
      userId: bob,
      name: 'bank',
      subcommand: 'stats',
    }).response;
    expect(response).toMatchObject({
      type: 4,
      data: { content: 'Only moderators can do that (Manage Server, or the moderator role).', flags: 64 },
    });
  });

  it('lists questions hardest first with the wrong options members chose', async () => {
    const command = h.fake.sendSlashCommand({ ...where(), userId: mod, name: 'bank', subcommand: 'stats' });
    expect(await command.response).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await h.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(`/${command.token}/`),
    );

    expect(edit.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(embedOf(edit.body)).toEqual({
      color: 0x5865f2,
      title: 'Question stats · 1.2 Custom Loss Functions',
      description: [
        '**Q3** · 0/2 right (0%) · wrong picks: A ×1',
        '**Q6** · 1/2 right (50%) · wrong picks: C ×1',
        '**Q2** · 2/2 right (100%)',
        '**Q4** · 1/1 right (100%)',
      ].join('\n'),
      footer: { text: 'Hardest first. Right means exactly the right set of options.' },
    });
  });

  it('attaches every scored answer as a CSV file', async () => {
    const command = h.fake.sendSlashCommand({ ...where(), userId: mod, name: 'bank', subcommand: 'export' });
    expect(await command.response).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await h.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(`/${command.token}/`),
    );

    const line = (
      round: number,
      at: string,
      user: string,
      q: number,
      choices: string,
      right: string,
      ok: boolean,
    ) =>
      [
        at,
        round,
        h.channelId,
        user,
        'custom-loss-functions',
        q,
        1,
        choices,
        right,
        ok ? 1 : 0,
        ok ? 'yes' : 'no',
        'yes',
      ]
        .map((v) => (String(v).includes(',') ? `"${v}"` : String(v)))
        .join(',');
    const csv = [
      'submitted_at,round,channel,user,bank,question,version,choices,right_answer,points,exact,scheduled',
      line(1, '2020-03-01T08:01:00.000Z', ann, 6, 'B', 'B', true),
      line(1, '2020-03-01T08:02:00.000Z', bob, 6, 'C', 'B', false),
      line(2, '2020-03-02T08:01:00.000Z', ann, 2, 'B,D', 'B,D', true),
      line(2, '2020-03-02T08:02:00.000Z', bob, 2, 'B,D', 'B,D', true),
      line(3, '2020-03-03T08:01:00.000Z', ann, 3, 'B', 'B,D', false),
      line(3, '2020-03-03T08:02:00.000Z', bob, 3, 'A,B', 'B,D', false),
      line(4, '2020-03-04T08:01:00.000Z', ann, 4, 'B,C', 'B,C', true),
      '',
    ].join('\n');

    expect(edit.body).toMatchObject({
      content: 'Every scored answer, one line each.',
      allowed_mentions: { parse: [] },
    });
    expect(edit.files).toEqual([
      {
        field: 'files[0]',
        filename: expect.stringMatching(/^quizbot-all-\d{4}-\d\d-\d\d\.csv$/),
        size: Buffer.byteLength(csv),
      },
    ]);
    expect((await h.waitForLog((l) => l.msg === 'export sent')).bytes).toBe(Buffer.byteLength(csv));
  });

  it('keeps streaks after /schedule remove, which says what stays', async () => {
    const removed = await h.fake.sendSlashCommand({
      ...where(),
      userId: mod,
      name: 'schedule',
      subcommand: 'remove',
      options: [{ name: 'id', type: 4, value: scheduleId }],
    }).response;
    expect(dataOf(removed)).toMatchObject({
      content: `Removed schedule #${scheduleId}: it posts no more questions. Its past rounds, points and streaks stay.`,
      flags: 64,
    });

    const stats = await h.fake.sendSlashCommand({ ...where(), userId: ann, name: 'stats' }).response;
    expect(embedOf(dataOf(stats))?.fields?.find((f) => f.name === 'Streak')?.value).toBe(
      '1 day now · best 2 days',
    );
  });
});
