import { type Client, type ClientOptions, Events } from 'discord.js';
import { importBanksDir } from './bank/import-banks-dir.js';
import type { Config } from './config.js';
import { openStore, type Store } from './db/connection.js';
import { createDiscordClient } from './discord/client.js';
import type { BotContext } from './discord/context.js';
import { AnswerCounter } from './discord/rounds/answer-counter.js';
import { rearmPendingReveals } from './discord/rounds/rearm-reveals.js';
import { revealRound } from './discord/rounds/reveal-round.js';
import { routeInteraction } from './discord/router.js';
import { type Logger, logger as rootLogger } from './log.js';
import { RevealTimers } from './quiz/reveal-timers.js';
import { runSlot } from './schedule/run-slot.js';
import { Scheduler } from './schedule/scheduler.js';

export interface Bot {
  client: Client;
  ctx: BotContext;
  store: Store;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Merged into the discord.js client options; the tests point REST and the gateway at a local Discord. */
  clientOptions?: Partial<ClientOptions>;
  log?: Logger;
  now?: () => Date;
}

/** Opens the database, loads the banks, connects to Discord, re-arms reveals and starts the schedules. */
export async function startBot(config: Config, options: BotOptions = {}): Promise<Bot> {
  const log = options.log ?? rootLogger;
  const store = openStore(config.databasePath);
  await importBanksDir(store.db, config.banksDir, log.child({ module: 'banks' }));

  const client = createDiscordClient(config.apiUrl, options.clientOptions);
  const ctx: BotContext = {
    db: store.db,
    rest: client.rest,
    log: log.child({ module: 'quiz' }),
    now: options.now ?? (() => new Date()),
    timers: new RevealTimers((roundId, attempt) => void revealRound(ctx, roundId, attempt)),
    counter: new AnswerCounter({ db: store.db, rest: client.rest, log }),
    scheduler: new Scheduler({
      db: store.db,
      log: log.child({ module: 'schedule' }),
      now: () => ctx.now(),
      run: (schedule, slotAt) => runSlot(ctx, schedule, slotAt),
    }),
  };

  client.on(Events.InteractionCreate, (interaction) => void routeInteraction(ctx, interaction));
  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'ready');
      resolve();
    }),
  );
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await ctx.scheduler.stop();
    ctx.timers.cancelAll();
    ctx.counter.cancelAll();
    await client.destroy();
    store.close();
    log.info('stopped');
  };

  try {
    await client.login(config.discordToken);
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  rearmPendingReveals(ctx);
  // Runs missed while the bot was down: posted now when less than an hour late, else skipped.
  await ctx.scheduler.start();
  return { client, ctx, store, stop };
}
