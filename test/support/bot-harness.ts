import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { type Bot, startBot } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { FakeDiscord, testClientOptions } from '../fake-discord/index.js';

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export interface Harness {
  fake: FakeDiscord;
  guildId: string;
  channelId: string;
  config: Config;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  bot: Bot;
  /** Resolves with the first log line, past or future, that matches. */
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Starts a second bot on the same database, as after a restart. */
  restart(): Promise<Bot>;
  close(): Promise<void>;
}

/** A local Discord with one server and channel, and the bot logged in to it with a fresh database. */
export async function startHarness(options: { banksDir?: string } = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ guilds: [{ name: 'Study Group', channels: [{ name: 'quiz' }] }] });
  const guild = fake.guilds[0];
  const channel = guild?.channels[0];
  if (!guild || !channel) throw new Error('the fake has no guild');

  const dir = mkdtempSync(join(tmpdir(), 'quizbot-test-'));
  const config: Config = {
    discordToken: fake.token,
    applicationId: fake.applicationId,
    databasePath: join(dir, 'quizbot.db'),
    banksDir: options.banksDir ?? DATA_DIR,
    apiUrl: fake.restUrl,
    devGuildId: guild.id,
    logLevel: 'debug',
  };
  const logs: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const launch = () => startBot(config, { log, clientOptions: testClientOptions(fake) });

  const harness: Harness = {
    fake,
    guildId: guild.id,
    channelId: channel.id,
    config,
    logs,
    bot: await launch(),
    async waitForLog(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = logs.find(predicate);
        if (line) return line;
        if (Date.now() > deadline) throw new Error(`no matching log line in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async restart() {
      await harness.bot.stop();
      harness.bot = await launch();
      return harness.bot;
    },
    async close() {
      await harness.bot.stop();
      await fake.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
