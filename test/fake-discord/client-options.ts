import type { ClientOptions } from 'discord.js';

/**
 * The ClientOptions that point a real discord.js Client at a FakeDiscord. Spread them into the
 * bot's own options: `new Client({ intents, ...testClientOptions(fake) })`.
 *
 * - `retries: 0` so an injected 5xx reaches the bot instead of being retried away (429s are still
 *   waited out and retried by @discordjs/rest, as in production).
 * - `globalRequestsPerSecond: Infinity` so load tests measure the bot, not the client's throttle.
 * - The identify throttler of @discordjs/ws spaces identifies 5 s apart; a no-op one lets a
 *   reconnect that must identify again happen at once.
 * - `waitGuildTimeout` only matters when a guild never arrives, which the fake never does; but 0
 *   would let `ready` fire while a large GUILD_CREATE burst is still being read, so keep a margin.
 */
export function testClientOptions(fake: {
  readonly restUrl: string;
}): Pick<ClientOptions, 'rest' | 'ws' | 'waitGuildTimeout'> {
  return {
    rest: { api: fake.restUrl, retries: 0, globalRequestsPerSecond: Number.POSITIVE_INFINITY },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
    waitGuildTimeout: 5_000,
  };
}
