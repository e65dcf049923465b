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

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : JSON.stringify(describeError(error));
  process.stderr.write(`Could not register the commands: ${message}\n`);
  process.exit(1);
});
