import dotenv from 'dotenv';
import { z } from 'zod';

/** Where the database lives unless DATABASE_PATH says otherwise. */
export const DEFAULT_DATABASE_PATH = 'data/quizbot.db';

const snowflake = z
  .string({ error: 'is not set' })
  .trim()
  .min(1, { error: 'is empty', abort: true })
  .regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** Kept even when empty, so the message says "is empty" (a line in .env) rather than "is not set". */
const REQUIRED = new Set(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID']);

const schema = z.object({
  DISCORD_TOKEN: z.string({ error: 'is not set' }).trim().min(1, 'is empty'),
  DISCORD_APPLICATION_ID: snowflake,
  DATABASE_PATH: z.string().trim().min(1).default(DEFAULT_DATABASE_PATH),
  BANKS_DIR: z.string().trim().min(1).default('data'),
  DISCORD_API_URL: z.url().optional(),
  DEV_GUILD_ID: snowflake.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  discordToken: string;
  applicationId: string;
  databasePath: string;
  banksDir: string;
  apiUrl: string | undefined;
  devGuildId: string | undefined;
  logLevel: string;
}

/** What a user must do to fix each variable, shown beside the problem. */
const hints: Record<string, string> = {
  DISCORD_TOKEN: 'copy the bot token from the Developer Portal (Bot → Reset Token) into .env',
  DISCORD_APPLICATION_ID: 'copy the Application ID from the Developer Portal (General Information) into .env',
  DEV_GUILD_ID: 'right-click your server in Discord with Developer Mode on → Copy Server ID',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the configuration once. Variables already set in the environment win over `.env`;
 * empty strings count as unset for the optional ones, as they do in most `.env` files.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  const fromFile: NodeJS.ProcessEnv = {};
  dotenv.config({ path: envFile, processEnv: fromFile, quiet: true });

  const merged = Object.fromEntries(
    Object.entries({ ...fromFile, ...env }).filter(
      ([key, value]) => REQUIRED.has(key) || (value !== undefined && value.trim() !== ''),
    ),
  );
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const hint = hints[name] ? ` (${hints[name]})` : '';
      return `${name} ${issue.message}${hint}`;
    });
    throw new ConfigError(`Configuration problem:\n  ${lines.join('\n  ')}\nSee .env.example.`);
  }

  const c = parsed.data;
  return {
    discordToken: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    databasePath: c.DATABASE_PATH,
    banksDir: c.BANKS_DIR,
    apiUrl: c.DISCORD_API_URL,
    devGuildId: c.DEV_GUILD_ID,
    logLevel: c.LOG_LEVEL,
  };
}

/**
 * DATABASE_PATH alone, for the command-line tools, which work on the database without a token.
 * An empty value counts as unset, as it does for the bot.
 */
export function databasePathFrom(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH;
}
