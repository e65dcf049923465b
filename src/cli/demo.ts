import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIInteractionResponse, APIMessage } from 'discord-api-types/v10';
import pino from 'pino';
import { FakeDiscord, testClientOptions } from '../../test/fake-discord/index.js';
import { startBot } from '../app.js';
import { plain, renderMessage } from './demo/render.js';

/**
 * `npm run demo`: a whole round against the local Discord, with simulated members on the sample
 * bank, printed as the members see it. Needs no token and touches no real database.
 */
const ROUND_SECONDS = 10;
const say = (line = '') => process.stdout.write(`${line}\n`);

function replyText(response: APIInteractionResponse): string {
  return 'data' in response && response.data && 'content' in response.data
    ? (response.data.content ?? '')
    : '';
}

async function main(): Promise<void> {
  const fake = await FakeDiscord.start({
    guilds: [{ name: 'ML Study Group', channels: [{ name: 'daily-quiz' }] }],
  });
  const guild = fake.guilds[0];
  const channel = guild?.channels[0];
  if (!guild || !channel) throw new Error('the local Discord has no channel');
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-demo-'));
  const bot = await startBot(
    {
      discordToken: fake.token,
      applicationId: fake.applicationId,
      databasePath: join(dir, 'demo.db'),
      banksDir: 'data',
      apiUrl: fake.restUrl,
      devGuildId: guild.id,
      logLevel: 'warn',
    },
    { clientOptions: testClientOptions(fake), log: pino({ level: 'warn' }) },
  );

  const members = ['ada', 'ben', 'chloe', 'dev'].map((username) => ({
    username,
    id: fake.addMember(guild.id, { username }).userId,
  }));
  const names = new Map(members.map((m) => [m.id, m.username]));
  const where = { guildId: guild.id, channelId: channel.id };
  const [ada, ben, chloe, dev] = members as [
    (typeof members)[0],
    (typeof members)[0],
    (typeof members)[0],
    (typeof members)[0],
  ];

  try {
    say(`#${channel.name} in "${guild.name}" — a local Discord on 127.0.0.1, the real discord.js client.`);
    say();
    say(`ada: /quiz question:1 duration:${ROUND_SECONDS}`);
    fake.sendSlashCommand({
      ...where,
      userId: ada.id,
      name: 'quiz',
      options: [
        { name: 'question', type: 4, value: 1 },
        { name: 'duration', type: 4, value: ROUND_SECONDS },
      ],
    });
    const question = await fake.waitForMessage(channel.id, (m) => (m.components?.length ?? 0) > 0, 5000);
    say('quizbot posted:');
    say(renderMessage(question, names));
    say();

    const customId = JSON.stringify(question.components).match(/"custom_id":"([^"]+)"/)?.[1] ?? '';
    const answers: [typeof ada, string[]][] = [
      [ada, ['A', 'B', 'C']],
      [ben, ['A', 'B']],
      [chloe, ['D']],
      [chloe, ['A', 'B', 'C']],
      [dev, ['B', 'D']],
    ];
    for (const [member, values] of answers) {
      const response = await fake.sendSelect({
        ...where,
        userId: member.id,
        messageId: question.id,
        customId,
        values,
      }).response;
      say(
        `${member.username} picks ${values.join(', ')}  →  (only ${member.username} sees) ${plain(replyText(response), names)}`,
      );
    }

    say();
    say(`… the round closes after ${ROUND_SECONDS} seconds …`);
    const reveal: APIMessage = await fake.waitForMessage(
      channel.id,
      (m) => m.message_reference !== undefined,
      20_000,
    );
    say('quizbot replied to the question:');
    say(renderMessage(reveal, names));
    say();

    say('ben: /leaderboard');
    const board = await fake.sendSlashCommand({ ...where, userId: ben.id, name: 'leaderboard' }).response;
    if ('data' in board && board.data && 'embeds' in board.data) {
      say(renderMessage({ content: '', embeds: board.data.embeds ?? [], components: [] }, names));
    }
  } finally {
    await bot.stop();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
