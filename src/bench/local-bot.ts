import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { FakeDiscord, type FakeDiscordOptions, testClientOptions } from '../../test/fake-discord/index.js';
import { type Bot, startBot } from '../app.js';

export interface LocalBot {
  fake: FakeDiscord;
  bot: Bot;
  close(): Promise<void>;
}

const BANKS_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/**
 * The real bot in this process against a local Discord, on a fresh database file. For the
 * figures that need the database at hand (seeding answers directly) rather than a process
 * of its own.
 */
export async function startLocalBot(options: FakeDiscordOptions): Promise<LocalBot> {
  const fake = await FakeDiscord.start(options);
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-bench-'));
  const bot = await startBot(
    {
      discordToken: fake.token,
      applicationId: fake.applicationId,
      databasePath: join(dir, 'quizbot.db'),
      banksDir: BANKS_DIR,
      apiUrl: fake.restUrl,
      devGuildId: undefined,
      logLevel: 'warn',
    },
    { log: pino({ level: 'warn' }), clientOptions: testClientOptions(fake) },
  );
  return {
    fake,
    bot,
    async close() {
      await bot.stop();
      await fake.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
