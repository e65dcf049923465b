import { execFileSync } from 'node:child_process';
import type { APIEmbed, APIMessage } from 'discord-api-types/v10';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBanks, readCurrentQuestions } from '../../src/db/banks.js';
import { saveGuildSettings } from '../../src/db/guild-settings.js';
import { closeRound, readRound } from '../../src/db/rounds.js';
import { readSubmissions } from '../../src/db/submissions.js';
import { MEMBER_PERMISSIONS } from '../fake-discord/index.js';
import { answerMenuId, contentOf, startTwoServers, type TwoServers } from '../support/two-servers.js';

let t: TwoServers;
let ann: string;
let mod: string;
let helper: string;
let question: APIMessage;
let menuId: string;
let roundId: number;

const here = () => ({ guildId: t.guildId, channelId: t.channelId });
const rows = () => readSubmissions(t.bot.ctx.db, roundId).map((s) => [s.userId, s.choices]);

const FRUIT = [
  '## Fruit @everyone',
  '',
  '## Questions',
  '',
  '#### 1. Which is a fruit? @here <@&1234567890123456789>',
  'A) Apple',
  'B) Brick',
  '',
  '## Answers',
  '',
  '#### 1. Which is a fruit? @here <@&1234567890123456789>',
  'A) ✓ Apple — A fruit.',
  'B) ✗ Brick — A block.',
  '',
  '**Correct:** A',
];

beforeAll(async () => {
  t = await startTwoServers();
  ann = t.fake.addMember(t.guildId, { username: 'ann' }).userId;
  mod = t.fake.addMember(t.guildId, {
    username: 'mod',
    permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
  }).userId;
  helper = t.fake.addMember(t.guildId, { username: 'helper', roles: [t.helperRoleId] }).userId;

  const quiz = t.fake.sendSlashCommand({
    ...here(),
    userId: ann,
    name: 'quiz',
    options: [
      { name: 'question', type: 4, value: 1 },
      { name: 'duration', type: 4, value: 600 },
    ],
  });
  await quiz.response;
  question = await t.fake.waitForMessage(t.channelId, (m) => m.components?.length === 1, 5000);
  menuId = answerMenuId(question);
  roundId = Number(menuId.split(':')[1]);
});
afterAll(() => t.close());

async function select(input: { customId?: string; values: string[]; userId?: string; messageId?: string }) {
  const response = await t.fake.sendSelect({
    ...here(),
    userId: input.userId ?? ann,
    messageId: input.messageId ?? question.id,
    customId: input.customId ?? menuId,
    values: input.values,
  }).response;
  expect(response).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
  return contentOf(response);
}

describe('forged and malformed answer menus', () => {
  it('refuses custom ids of unknown rounds and garbage, writing nothing', async () => {
    const unknown = 'This menu does not belong to a quiz round I know.';
    expect(await select({ customId: 'answer:999999', values: ['A'] })).toBe(unknown);
    expect(await select({ customId: 'answer:abc', values: ['A'] })).toBe(unknown);
    expect(await select({ customId: 'answer:01', values: ['A'] })).toBe(unknown);
    expect(await select({ customId: 'answer:', values: ['A'] })).toBe(unknown);
    expect(await select({ customId: 'quiz:stop', values: ['A'] })).toBe(
      'This control is not one I know any more.',
    );
    expect(rows()).toEqual([]);
  });

  it('refuses the round id used from another channel or another server', async () => {
    const elsewhere = await t.bot.ctx.rest.post(`/channels/${t.secondChannelId}/messages`, {
      body: { content: 'not a question', allowed_mentions: { parse: [] } },
    });
    const otherServer = await t.bot.ctx.rest.post(`/channels/${t.otherChannelId}/messages`, {
      body: { content: 'not a question either', allowed_mentions: { parse: [] } },
    });
    const fromChannel = await t.fake.sendSelect({
      guildId: t.guildId,
      channelId: t.secondChannelId,
      userId: ann,
      messageId: (elsewhere as APIMessage).id,
      customId: menuId,
      values: ['A'],
    }).response;
    const fromServer = await t.fake.sendSelect({
      guildId: t.otherGuildId,
      channelId: t.otherChannelId,
      userId: ann,
      messageId: (otherServer as APIMessage).id,
      customId: menuId,
      values: ['A'],
    }).response;

    for (const response of [fromChannel, fromServer])
      expect(contentOf(response)).toBe('This menu does not belong to a quiz round I know.');
    expect(rows()).toEqual([]);
  });

  it('refuses values that are not options, repeated, too many or none', async () => {
    expect(await select({ values: ['Z'] })).toBe('That answer was not recorded: "Z" is not an option.');
    expect(await select({ values: ['A', 'A'] })).toBe(
      'That answer was not recorded: an option was chosen twice.',
    );
    expect(await select({ values: ['A', 'B', 'C', 'D', 'E'] })).toBe(
      'That answer was not recorded: more choices than options.',
    );
    expect(await select({ values: [] })).toBe('That answer was not recorded: no option was chosen.');
    expect(rows()).toEqual([]);
  });

  it('keeps one row with the later choice when two answers of a member arrive together', async () => {
    const first = t.fake.sendSelect({
      ...here(),
      userId: ann,
      messageId: question.id,
      customId: menuId,
      values: ['D'],
    });
    const second = t.fake.sendSelect({
      ...here(),
      userId: ann,
      messageId: question.id,
      customId: menuId,
      values: ['A', 'B'],
    });
    const [a, b] = await Promise.all([first.response, second.response]);

    expect(contentOf(a)).toMatch(/^Recorded your answer: \*\*D\*\*\./);
    expect(contentOf(b)).toMatch(/^Changed your answer to \*\*A, B\*\*\./);
    expect(rows()).toEqual([[ann, 'A,B']]);
  });
});

describe('moderator commands', () => {
  const bankCommand = (userId: string, subcommand: string, options: object[] = []) =>
    t.fake.sendSlashCommand({ ...here(), userId, name: 'bank', subcommand, options: options as never });

  it('refuses members without Manage Server or the moderator role, whatever Discord let through', async () => {
    const file = t.fake.upload('fruit.md', FRUIT.join('\n'));
    const importing = await t.fake.sendSlashCommand({
      ...here(),
      userId: ann,
      name: 'bank',
      subcommand: 'import',
      options: [{ name: 'file', type: 11, value: file.id }],
      attachments: [file],
    }).response;
    const removing = await bankCommand(ann, 'remove', [
      { name: 'bank', type: 3, value: 'custom-loss-functions' },
    ]).response;
    const configuring = await t.fake.sendSlashCommand({
      ...here(),
      userId: helper,
      name: 'config',
      subcommand: 'scoring',
      options: [{ name: 'rule', type: 3, value: 'partial' }],
    }).response;

    const refusal = 'Only moderators can do that (Manage Server, or the moderator role).';
    expect(importing).toMatchObject({ type: 4, data: { flags: 64, content: refusal } });
    expect(removing).toMatchObject({ type: 4, data: { flags: 64, content: refusal } });
    expect(contentOf(configuring)).toBe('Only members with Manage Server can change the settings.');
    expect(t.fake.requests.some((r) => r.path.startsWith('/attachments/'))).toBe(false);
    expect(listBanks(t.bot.ctx.db, t.guildId).map((b) => b.slug)).toEqual(['custom-loss-functions']);
  });

  it('imports a markdown bank for a moderator and replies with the reader’s report', async () => {
    const file = t.fake.upload('fruit.md', FRUIT.join('\n'));
    const handle = t.fake.sendSlashCommand({
      ...here(),
      userId: mod,
      name: 'bank',
      subcommand: 'import',
      options: [{ name: 'file', type: 11, value: file.id }],
      attachments: [file],
    });
    expect(await handle.response).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await t.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(handle.token),
      5000,
    );

    expect(edit.body).toMatchObject({
      embeds: [
        {
          color: 0x57f287,
          title: 'Imported: Fruit @everyone',
          description: 'Read 1 question.\nStored: 1 added, 0 updated, 0 retired, 0 unchanged.',
        },
      ],
      allowed_mentions: { parse: [] },
    });
    const bank = listBanks(t.bot.ctx.db, t.guildId).find((b) => b.slug === 'fruit');
    expect(bank).toMatchObject({ guildId: t.guildId, questionCount: 1, hidden: false });
    expect(listBanks(t.bot.ctx.db, t.otherGuildId).map((b) => b.slug)).toEqual(['custom-loss-functions']);
  });

  it('refuses a file with errors whole: the report names the lines and the stored bank is unchanged', async () => {
    const before = readCurrentQuestions(t.bot.ctx.db, bankId('fruit'));
    const broken = [
      ...FRUIT.slice(0, 8),
      '#### 2. Which is a stone?',
      'A) Granite',
      'B) Pear',
      '',
      ...FRUIT.slice(8),
      '',
      '#### 2. Which is a stone?',
      'A) ✓ Granite',
      'B) ✓ Pear',
      '',
      '**Correct:** A',
    ];
    const file = t.fake.upload('fruit.md', broken.join('\n'));
    const handle = t.fake.sendSlashCommand({
      ...here(),
      userId: helper,
      name: 'bank',
      subcommand: 'import',
      options: [{ name: 'file', type: 11, value: file.id }],
      attachments: [file],
    });
    saveGuildSettings(t.bot.ctx.db, t.guildId, { moderatorRoleId: t.helperRoleId });
    await handle.response;
    const edit = await t.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(handle.token),
      5000,
    );
    const embed = (edit.body as { embeds: APIEmbed[] }).embeds[0];

    expect(embed?.title).toBe('Not imported: Fruit @everyone');
    expect(embed?.description).toBe(
      [
        'Read 1 question. 1 error.',
        'Nothing was stored; the questions already stored are unchanged. Fix the lines below and import again.',
        '',
        '• fruit.md:25: question 2: ✓ marks say A,B but Correct says A',
      ].join('\n'),
    );
    expect(readCurrentQuestions(t.bot.ctx.db, bankId('fruit'))).toEqual(before);
  });

  it('refuses other file types and files over 1 MiB before downloading them', async () => {
    const send = (name: string, bytes: string | Buffer) => {
      const file = t.fake.upload(name, bytes);
      return t.fake.sendSlashCommand({
        ...here(),
        userId: mod,
        name: 'bank',
        subcommand: 'import',
        options: [{ name: 'file', type: 11, value: file.id }],
        attachments: [file],
      }).response;
    };
    const pdf = await send('fruit.pdf', '%PDF-1.4');
    const huge = await send('huge.md', Buffer.alloc(1024 * 1024 + 1, 'a'));

    expect(contentOf(pdf)).toBe('Only markdown files (.md) can be imported; "fruit.pdf" is not one.');
    expect(contentOf(huge)).toBe('"huge.md" is 1,048,577 bytes; a bank file may be at most 1 MiB.');
    const downloads = t.fake.requests.filter((r) => r.path.startsWith('/attachments/'));
    expect(downloads.map((r) => r.path)).toEqual([
      expect.stringMatching(/\/fruit\.md$/),
      expect.stringMatching(/\/fruit\.md$/),
    ]);
  });

  it('says so when the download from Discord fails, and stores nothing', async () => {
    const file = t.fake.upload('later.md', FRUIT.join('\n'));
    t.fake.faults.next({ path: /^\/attachments\//, status: 503 });
    const handle = t.fake.sendSlashCommand({
      ...here(),
      userId: mod,
      name: 'bank',
      subcommand: 'import',
      options: [{ name: 'file', type: 11, value: file.id }],
      attachments: [file],
    });
    await handle.response;
    const edit = await t.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(handle.token),
      5000,
    );

    expect(edit.body).toMatchObject({
      content: '"later.md" was not imported: Discord answered 503 for the file.',
      allowed_mentions: { parse: [] },
    });
    expect(listBanks(t.bot.ctx.db, t.guildId).map((b) => b.slug)).not.toContain('later');
  });

  it('lets the moderator role remove a server bank; its rounds stay and /quiz no longer offers it', async () => {
    const fruit = bankId('fruit');
    const removed = await bankCommand(helper, 'remove', [{ name: 'bank', type: 3, value: 'fruit' }]).response;
    const shared = await bankCommand(helper, 'remove', [
      { name: 'bank', type: 3, value: 'custom-loss-functions' },
    ]).response;

    expect(contentOf(removed)).toBe(
      'Removed "Fruit @everyone": new rounds will not use it. Its past rounds and scores stay.',
    );
    expect(contentOf(shared)).toBe(
      '"1.2 Custom Loss Functions" is shared by every server using this bot; only its host can remove it.',
    );
    expect(listBanks(t.bot.ctx.db, t.guildId).map((b) => b.slug)).toEqual(['custom-loss-functions']);
    expect(readCurrentQuestions(t.bot.ctx.db, fruit)).toHaveLength(1);
    expect(readRound(t.bot.ctx.db, roundId)).toBeDefined();

    const quiz = t.fake.sendSlashCommand({
      guildId: t.guildId,
      channelId: t.secondChannelId,
      userId: ann,
      name: 'quiz',
      options: [{ name: 'bank', type: 3, value: 'fruit' }],
    });
    await quiz.response;
    const edit = await t.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(quiz.token));
    expect((edit.body as { content: string }).content).toBe(
      'There is no question bank called "fruit". /bank list shows them.',
    );
  });
});

describe('a closed round, secrets and mentions', () => {
  it('refuses an answer after the round closed and keeps the rows as they were', async () => {
    closeRound(t.bot.ctx.db, roundId, new Date());
    expect(await select({ userId: mod, values: ['A'] })).toBe(
      'This round has closed; your answer was not recorded.',
    );
    expect(rows()).toEqual([[ann, 'A,B']]);
  });

  it('sent no message that could ping: every body the bot sent carries allowed_mentions parse []', () => {
    const bodies = t.fake.requests
      .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && r.body !== undefined)
      .map((r) => (r.path.endsWith('/callback') ? (r.body as { data?: object }).data : r.body) as object)
      .filter((body) => body && ('content' in body || 'embeds' in body));

    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) expect(body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('put the token in no log line and no request body, and .env is git-ignored', () => {
    expect(JSON.stringify(t.logs)).not.toContain(t.fake.token);
    expect(JSON.stringify(t.fake.requests.map((r) => r.body))).not.toContain(t.fake.token);
    expect(execFileSync('git', ['check-ignore', '.env'], { encoding: 'utf8' }).trim()).toBe('.env');
  });
});

function bankId(slug: string): number {
  const bank = listBanks(t.bot.ctx.db, t.guildId, { includeHidden: true }).find((b) => b.slug === slug);
  if (!bank) throw new Error(`no bank ${slug}`);
  return bank.id;
}
