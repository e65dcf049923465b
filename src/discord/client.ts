import { Client, type ClientOptions, GatewayIntentBits, Options } from 'discord.js';

/**
 * The discord.js client. Slash commands and components need only the Guilds intent, so the bot
 * asks for no privileged intent. Caches the bot never reads are turned off: with many servers
 * they are most of the memory a client holds.
 */
export function createDiscordClient(apiUrl: string | undefined, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      VoiceStateManager: 0,
      ThreadManager: 0,
      StageInstanceManager: 0,
      GuildScheduledEventManager: 0,
    }),
    ...extra,
    rest: { ...(apiUrl ? { api: apiUrl } : {}), ...extra.rest },
  });
}
