import { performance } from 'node:perf_hooks';
import { type Client, Events } from 'discord.js';
import { startBot } from '../app.js';
import { loadConfig } from '../config.js';
import { createDiscordClient } from '../discord/client.js';
import { AckTiming } from './ack-timing.js';
import type { ChildReport, ParentCommand } from './child-messages.js';

/**
 * A benchmark child: the real bot (`bot`), or a bare discord.js client with the same cache
 * settings that only acknowledges each interaction (`bare`), the limit of the stack. Both read
 * the bot's own environment variables and talk to the parent over the IPC channel.
 */
async function main(mode: string): Promise<void> {
  const config = loadConfig();
  const timing = new AckTiming();
  const rest = { makeRequest: timing.makeRequest };
  let client: Client;
  let stop: () => Promise<void>;

  if (mode === 'bot') {
    const bot = await startBot(config, { clientOptions: { rest } });
    client = bot.client;
    stop = bot.stop;
  } else {
    client = await startBareClient(config.apiUrl, config.discordToken, rest);
    stop = () => client.destroy();
  }
  timing.watch(client);
  const readyMs = performance.now();

  process.on('message', (command: ParentCommand) => {
    if (command.type === 'acks') send({ type: 'acks', heldMs: timing.take() });
    if (command.type === 'memory') send({ type: 'memory', rssMb: process.memoryUsage.rss() / 2 ** 20 });
    if (command.type === 'stop') void stop().then(() => process.exit(0));
  });
  send({ type: 'ready', readyMs, guilds: client.guilds.cache.size });
}

async function startBareClient(
  apiUrl: string | undefined,
  token: string,
  rest: { makeRequest: AckTiming['makeRequest'] },
): Promise<Client> {
  const client = createDiscordClient(apiUrl, { rest });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isMessageComponent()) void interaction.deferUpdate();
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(token);
  await ready;
  return client;
}

function send(report: ChildReport): void {
  process.send?.(report);
}

main(process.argv[2] ?? 'bot').catch((error: unknown) => {
  process.stderr.write(`bench child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
