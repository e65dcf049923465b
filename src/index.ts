import { startBot } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { StoreError } from './db/connection.js';
import { logger } from './log.js';

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  const bot = await startBot(config);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      bot.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }

  // Handlers catch their own errors; this is the net under a promise someone forgot. Every
  // write is committed before Discord hears of it, so serving on is safer than dying mid-round.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof StoreError) {
    process.stderr.write(`Check DATABASE_PATH: ${error.message}\n`);
  } else if (error instanceof Error && /token/i.test(error.message)) {
    // discord.js says "An invalid token was provided." without naming where the token comes from.
    process.stderr.write(`Discord refused the token: ${error.message} Check DISCORD_TOKEN in .env.\n`);
  } else {
    logger.fatal({ err: error }, 'could not start');
  }
  process.exit(1);
});
