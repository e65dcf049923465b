import { type APIApplicationCommand, ApplicationCommandType } from 'discord-api-types/v10';
import { isObject, type JsonObject } from './form-errors.js';
import { nextSnowflake } from './snowflake.js';

/** Application commands, global under the key `global` and per guild under the guild id. */
export class CommandStore {
  private readonly scopes = new Map<string, APIApplicationCommand[]>();

  constructor(private readonly applicationId: string) {}

  list(guildId?: string): APIApplicationCommand[] {
    return [...(this.scopes.get(guildId ?? 'global') ?? [])];
  }

  /**
   * A bulk overwrite replaces the whole scope; a command keeps its id when its name and type stay,
   * as Discord does, so ids the bot cached survive a redeploy.
   * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
   */
  overwrite(bodies: readonly unknown[], guildId?: string): APIApplicationCommand[] {
    const previous = this.list(guildId);
    const commands = bodies.filter(isObject).map((body) => this.toCommand(body, previous, guildId));
    this.scopes.set(guildId ?? 'global', commands);
    return commands;
  }

  /** The registered command an interaction names, looking in the guild before the global scope. */
  find(name: string, guildId: string): APIApplicationCommand | undefined {
    const byName = (command: APIApplicationCommand): boolean => command.name === name;
    return this.list(guildId).find(byName) ?? this.list().find(byName);
  }

  private toCommand(
    body: JsonObject,
    previous: APIApplicationCommand[],
    guildId?: string,
  ): APIApplicationCommand {
    const type = typeof body.type === 'number' ? body.type : ApplicationCommandType.ChatInput;
    const same = previous.find((command) => command.name === body.name && command.type === type);
    return {
      default_member_permissions: null,
      description: '',
      ...(body as Partial<APIApplicationCommand>),
      id: same?.id ?? nextSnowflake(),
      type,
      application_id: this.applicationId,
      name: String(body.name),
      version: nextSnowflake(),
      ...(guildId && { guild_id: guildId }),
    };
  }
}
