import {
  ActionRowBuilder,
  ChannelType,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  MessageFlags,
  StringSelectMenuBuilder,
  type StringSelectMenuInteraction,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord, testClientOptions } from './index.js';

let fake: FakeDiscord;
let client: Client;

async function login(): Promise<Client> {
  const ready = new Client({ intents: [GatewayIntentBits.Guilds], ...testClientOptions(fake) });
  const isReady = new Promise((resolve) => ready.once(Events.ClientReady, resolve));
  await ready.login(fake.token);
  await isReady;
  return ready;
}

/** The next interaction the client receives, so a test can answer it the way the bot would. */
function nextInteraction<T extends Interaction>(): Promise<T> {
  return new Promise((resolve) => client.once(Events.InteractionCreate, (interaction) => resolve(interaction as T)));
}

const guildSeed = { name: 'Biology 101', channels: [{ name: 'quiz' }, { name: 'chat' }] };

function target(): { guildId: string; channelId: string; userId: string } {
  const guild = fake.guilds[0];
  if (!guild?.channels[0]) throw new Error('fixture has no channel');
  return { guildId: guild.id, channelId: guild.channels[0].id, userId: '123456789012345678' };
}

beforeEach(async () => {
  fake = await FakeDiscord.start({ guilds: [guildSeed] });
  client = await login();
});

afterEach(async () => {
  await client.destroy();
  await fake.stop();
});

describe('FakeDiscord with the real discord.js client', () => {
  it('fires ready with every guild and its channels cached', () => {
    const [guild] = fake.guilds;
    const cached = client.guilds.cache.get(guild?.id ?? '');

    expect(client.user?.id).toBe(fake.botUser.id);
    expect(cached?.name).toBe('Biology 101');
    expect(cached?.channels.cache.map((channel) => channel.name)).toEqual(['quiz', 'chat']);
    expect(cached?.channels.cache.first()?.type).toBe(ChannelType.GuildText);
    expect(cached?.members.me?.permissions.has('SendMessages')).toBe(true);
  });

  it('delivers a slash command whose reply reaches the fake with the exact body', async () => {
    const received = nextInteraction<ChatInputCommandInteraction>();
    const handle = fake.sendSlashCommand({ ...target(), name: 'quiz', options: [{ name: 'duration', type: 4, value: 10 }] });

    const interaction = await received;
    expect(interaction.isChatInputCommand()).toBe(true);
    expect(interaction.options.getInteger('duration')).toBe(10);
    await interaction.reply({ content: 'Quiz starts!', allowedMentions: { parse: [] } });

    expect(await handle.response).toEqual({
      type: 4,
      data: { content: 'Quiz starts!', allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false },
    });
    const message = await fake.waitForMessage(target().channelId);
    expect(message.content).toBe('Quiz starts!');
  });
});
