import { setTimeout as sleep } from 'node:timers/promises';
import { FakeDiscord } from '../../test/fake-discord/index.js';
import { BenchChild } from './child.js';

export interface StartupFigures {
  readyMs: number;
  rssMb: number;
}

/** Lets the GUILD_CREATE burst's garbage be collected before memory is read. */
const SETTLE_MS = 1_000;

/**
 * Starts the real bot in a process of its own against a local Discord of many guilds, and
 * reads how long it took to be ready (from the process's own start, module loading included)
 * and its resident memory once ready.
 */
export async function measureStartup(guildCount: number, channelsPerGuild: number): Promise<StartupFigures> {
  const fake = await FakeDiscord.start({ guildCount, channelsPerGuild });
  try {
    const child = await BenchChild.start(fake, 'bot');
    try {
      if (child.ready.guilds !== guildCount)
        throw new Error(`the bot was ready with ${child.ready.guilds} of ${guildCount} guilds`);
      await sleep(SETTLE_MS);
      return { readyMs: child.ready.readyMs, rssMb: await child.rssMb() };
    } finally {
      await child.stop();
    }
  } finally {
    await fake.stop();
  }
}
