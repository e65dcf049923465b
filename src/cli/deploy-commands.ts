import { parseArgs } from 'node:util';
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { ConfigError, loadConfig } from '../config.js';
import { commandDefinitions } from '../discord/commands/definitions.js';
import { describeError } from '../discord/discord-errors.js';

/**
 * `npm run deploy-commands [-- --dry-run]`: registers the slash commands, to DEV_GUILD_ID when
 * set (they appear at once) or globally. `--dry-run` prints the JSON body and sends nothing.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const body = commandDefinitions();
  if (values['dry-run']) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }

  const config = loadConfig();
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.discordToken);
  const route = config.devGuildId
    ? Routes.applicationGuildCommands(config.applicationId, config.devGuildId)
    : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body });

  const where = config.devGuildId
    ? `server ${config.devGuildId}`
    : 'all servers (may take a while to appear)';
  process.stdout.write(
    `Registered ${body.length} commands (${body.map((c) => `/${c.name}`).join(', ')}) for ${where}.\n`,
  );
}

const USAGE = 'usage: npm run deploy-commands [-- --dry-run]';

/** One line a person can act on: what failed and, for Discord's refusals, its code and route. */
function explain(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if ((error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
    return `${(error as Error).message}\n${USAGE}`;
  }
  const facts = describeError(error);
  if (typeof facts.status === 'number')
    return `Discord answered ${facts.status} (${facts.code}): ${facts.message}`;
  return String(facts.message ?? facts.value);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not register the commands: ${explain(error)}\n`);
  process.exit(1);
});
