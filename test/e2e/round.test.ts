import type { APIEmbed, APIInteractionResponse, APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSubmissions } from '../../src/db/submissions.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { SAMPLE_Q1_MENU_OPTIONS } from '../support/sample-store.js';

let h: Harness;
let ann: string;
let bob: string;
let cy: string;

beforeAll(async () => {
  h = await startHarness();
  ann = h.fake.addMember(h.guildId, { username: 'ann' }).userId;
  bob = h.fake.addMember(h.guildId, { username: 'bob' }).userId;
  cy = h.fake.addMember(h.guildId, { username: 'cy' }).userId;
});
afterAll(() => h.close());

const where = () => ({ guildId: h.guildId, channelId: h.channelId });
const description = (message: { embeds?: APIEmbed[] }) =>
  message.embeds?.map((e) => e.description).join('\n') ?? '';

function responseContent(response: APIInteractionResponse): string | undefined {
  return 'data' in response && response.data && 'content' in response.data
    ? response.data.content
    : undefined;
}

describe('a round over the wire: /quiz → answers → reveal → /leaderboard', () => {
  let question: APIMessage;

  it('posts question 1 as one public message with a multi-select menu', async () => {
    const command = h.fake.sendSlashCommand({
      ...where(),
      userId: ann,
      name: 'quiz',
      options: [
        { name: 'question', type: 4, value: 1 },
        { name: 'duration', type: 4, value: 10 },
      ],
    });
    expect(await command.response).toEqual({ type: 5, data: { flags: 64 } });

    question = await h.fake.waitForMessage(h.channelId, (m) => m.components?.length === 1, 5000);
    const post = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${h.channelId}/messages`,
    );
    const body = post?.body as { allowed_mentions: unknown; components: unknown; embeds: APIEmbed[] };

    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.components).toEqual([
      {
        type: 1,
        components: [
          {
            type: 3,
            custom_id: expect.stringMatching(/^answer:\d+$/),
            placeholder: 'Choose every option you think is right',
            min_values: 1,
            max_values: 4,
            disabled: false,
            options: SAMPLE_Q1_MENU_OPTIONS,
          },
        ],
      },
    ]);
    expect(body.embeds[0]?.title).toBe('1.2 Custom Loss Functions · Question 1');
    expect(body.embeds[0]?.description).toMatch(/^Which of the following are valid ways/);
    expect(body.embeds[0]?.description).toMatch(/Closes <t:\d+:R>/);

    const edit = await h.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'),
    );
    expect((edit.body as { content: string }).content).toMatch(/^Posted question 1\. It closes <t:\d+:R>\.$/);
  });

  it('refuses a second /quiz in the same channel and says when the open one closes', async () => {
    const command = h.fake.sendSlashCommand({ ...where(), userId: bob, name: 'quiz' });
    await command.response;
    const edit = await h.fake.waitForRequest(
      (r) => r.path.includes(`/${command.token}/messages/@original`) && r.method === 'PATCH',
    );
    expect((edit.body as { content: string }).content).toMatch(
      /^A round is already open in this channel\. It closes <t:\d+:R>\.$/,
    );
  });

  it('records each choice ephemerally, and a later choice replaces the earlier one', async () => {
    const customId =
      question.components?.[0] && 'components' in question.components[0]
        ? (question.components[0].components[0] as { custom_id: string }).custom_id
        : '';
    const select = (userId: string, values: string[]) =>
      h.fake.sendSelect({ ...where(), userId, messageId: question.id, customId, values }).response;

    const first = await select(ann, ['A', 'B', 'C']);
    expect(first).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(responseContent(first)).toMatch(
      /^Recorded your answer: \*\*A, B, C\*\*\. You can change it until the round closes <t:\d+:R>\.$/,
    );

    await select(bob, ['D']);
    const changed = await select(bob, ['B', 'A']);
    expect(responseContent(changed)).toMatch(/^Changed your answer to \*\*A, B\*\*\./);
    await select(cy, ['D']);

    const roundId = Number(customId.split(':')[1]);
    const rows = readSubmissions(h.bot.ctx.db, roundId).map((s) => [s.userId, s.choices]);
    expect(rows.sort()).toEqual(
      [
        [ann, 'A,B,C'],
        [bob, 'A,B'],
        [cy, 'D'],
      ].sort(),
    );
  });

  it('reveals after the timer: ✓/✗, notes and counts, as a reply, and disables the menu', async () => {
    const reveal = await h.fake.waitForMessage(h.channelId, (m) => m.message_reference !== undefined, 15_000);

    expect(reveal.message_reference?.message_id).toBe(question.id);
    expect(reveal.embeds[0]?.title).toBe('Answer · 1.2 Custom Loss Functions · Question 1');
    expect(description(reveal)).toBe(
      [
        "✅ **A)** Using a string identifier like `'mse'`",
        '> Keras supports string aliases for common losses.',
        '*2 members chose this*',
        '',
        '✅ **B)** Passing a built-in loss function imported from `tensorflow.keras.losses`',
        '> This is a standard way to specify loss.',
        '*2 members chose this*',
        '',
        '✅ **C)** Passing a custom Python function that takes `(y_true, y_pred)` as arguments',
        '> Custom functions are allowed.',
        '*1 member chose this*',
        '',
        '❌ **D)** Passing a compiled model as the loss parameter',
        '> This is invalid; loss must be a function or string.',
        '*1 member chose this*',
        '',
        '**Right answer:** A, B, C',
        '',
        `**Got it right (1 of 3):** <@${ann}>`,
      ].join('\n'),
    );
    const post = h.fake.requests.find((r) => r.method === 'POST' && (r.body as { nonce?: string })?.nonce);
    expect(post?.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });

    // Four answers in a burst become one count edit, then the reveal's final edit closes the menu.
    const edits = h.fake.requests
      .filter((r) => r.method === 'PATCH' && r.path === `/channels/${h.channelId}/messages/${question.id}`)
      .map((r) => r.body as { embeds: APIEmbed[]; components: { components: { disabled: boolean }[] }[] });
    expect(
      edits.map((e) => [e.embeds.at(-1)?.footer?.text, e.components[0]?.components[0]?.disabled]),
    ).toEqual([
      ['3 answered', false],
      ['3 answered', true],
    ]);

    const closed = h.fake.channelMessages(h.channelId).find((m) => m.id === question.id);
    expect(closed?.components?.[0]).toMatchObject({ components: [{ disabled: true, max_values: 4 }] });
    expect(closed?.embeds[0]?.footer?.text).toBe('3 answered');
    const logged = await h.waitForLog((l) => l.msg === 'reveal sent');
    expect(logged).toMatchObject({ answered: 3, right: 1, guild: h.guildId, channel: h.channelId });
  });

  it('ranks the members in /leaderboard', async () => {
    const response = await h.fake.sendSlashCommand({ ...where(), userId: cy, name: 'leaderboard' }).response;
    expect(response).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    const embed = 'data' in response ? (response.data as { embeds: APIEmbed[] }).embeds[0] : undefined;
    const lines = embed?.description?.split('\n') ?? [];

    expect(lines[0]).toBe(`**1.** <@${ann}> · 1 point (1/1 right)`);
    expect(lines.slice(1).sort()).toEqual(
      [
        `**2.** <@${[bob, cy].sort()[0]}> · 0 points (0/1 right)`,
        `**3.** <@${[bob, cy].sort()[1]}> · 0 points (0/1 right)`,
      ].sort(),
    );
  });

  it('answers a subcommand it no longer has instead of leaving Discord waiting', async () => {
    const owner = h.fake.addMember(h.guildId, { username: 'owner', permissions: 32n }).userId;
    const response = await h.fake.sendSlashCommand({
      ...where(),
      userId: owner,
      name: 'config',
      subcommand: 'gone',
    }).response;
    expect(response).toEqual({
      type: 4,
      data: {
        content: 'This command is not one I know any more.',
        flags: 64,
        allowed_mentions: { parse: [] },
        tts: false,
        enforce_nonce: false,
      },
    });
  });

  it('never logs the token', () => {
    expect(JSON.stringify(h.logs)).not.toContain(h.config.discordToken);
  });
});
