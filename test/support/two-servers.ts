import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIInteractionResponse, APIMessage } from 'discord-api-types/v10';
import pino from 'pino';
import { type Bot, startBot } from '../../src/app.js';
import { FakeDiscord, testClientOptions } from '../fake-discord/index.js';
import { DATA_DIR } from './bot-harness.js';

/** Two servers (the first with two channels and a "Quiz helpers" role) and the real bot. */
export interface TwoServers {
  fake: FakeDiscord;
  bot: Bot;
  guildId: string;
  channelId: string;
  secondChannelId: string;
  otherGuildId: string;
  otherChannelId: string;
  helperRoleId: string;
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startTwoServers(): Promise<TwoServers> {
  const fake = await FakeDiscord.start({
    guilds: [
      {
        name: 'Study Group',
        channels: [{ name: 'quiz' }, { name: 'chat' }],
        roles: [{ name: 'Quiz helpers' }],
      },
      { name: 'Other Server', channels: [{ name: 'general' }] },
    ],
  });
  const [mine, other] = fake.guilds;
  if (!mine?.channels[1] || !mine.channels[0] || !other?.channels[0]) throw new Error('fake has no guilds');

  const dir = mkdtempSync(join(tmpdir(), 'quizbot-e2e-'));
  const logs: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const config = {
    discordToken: fake.token,
    applicationId: fake.applicationId,
    databasePath: join(dir, 'quizbot.db'),
    banksDir: DATA_DIR,
    apiUrl: fake.restUrl,
    devGuildId: mine.id,
    logLevel: 'debug',
  };
  const bot = await startBot(config, { log, clientOptions: testClientOptions(fake) });

  return {
    fake,
    bot,
    guildId: mine.id,
    channelId: mine.channels[0].id,
    secondChannelId: mine.channels[1].id,
    otherGuildId: other.id,
    otherChannelId: other.channels[0].id,
    helperRoleId: mine.roles.find((r) => r.name === 'Quiz helpers')?.id ?? '',
    logs,
    async close() {
      await bot.stop();
      await fake.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function contentOf(response: APIInteractionResponse): string | undefined {
  return 'data' in response && response.data && 'content' in response.data
    ? response.data.content
    : undefined;
}

export function answerMenuId(message: APIMessage): string {
  const row = message.components?.[0];
  const menu = row && 'components' in row ? row.components[0] : undefined;
  return menu && 'custom_id' in menu ? menu.custom_id : '';
}
