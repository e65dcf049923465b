import {
  ActionRowBuilder,
  type AutocompleteInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  MessageFlags,
  Routes,
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
  return new Promise((resolve) =>
    client.once(Events.InteractionCreate, (interaction) => resolve(interaction as T)),
  );
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
    const handle = fake.sendSlashCommand({
      ...target(),
      name: 'quiz',
      options: [{ name: 'duration', type: 4, value: 10 }],
    });

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

  it('carries a select menu update, a deferred update and an ephemeral followup', async () => {
    const channel = client.channels.cache.get(target().channelId) as TextChannel;
    const menu = new StringSelectMenuBuilder()
      .setCustomId('answer')
      .setMinValues(1)
      .setMaxValues(2)
      .addOptions({ label: 'A', value: 'A' }, { label: 'B', value: 'B' }, { label: 'C', value: 'C' });
    const posted = await channel.send({
      content: 'Pick two',
      components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)],
    });

    const first = nextInteraction<StringSelectMenuInteraction>();
    const update = fake.sendSelect({
      ...target(),
      messageId: posted.id,
      customId: 'answer',
      values: ['A', 'C'],
    });
    const picked = await first;
    expect(picked.values).toEqual(['A', 'C']);
    await picked.update({ content: 'Answers locked', components: [] });
    expect(await update.response).toMatchObject({
      type: 7,
      data: { content: 'Answers locked', components: [] },
    });
    expect(fake.channelMessages(channel.id)[0]).toMatchObject({ id: posted.id, content: 'Answers locked' });

    const second = nextInteraction<StringSelectMenuInteraction>();
    const deferred = fake.sendSelect({
      ...target(),
      messageId: posted.id,
      customId: 'answer',
      values: ['B'],
    });
    const again = await second;
    await again.deferUpdate();
    expect(await deferred.response).toEqual({ type: 6 });
    await again.followUp({ content: 'Only you see this', flags: MessageFlags.Ephemeral });

    const followup = await fake.waitForRequest(
      (request) => request.method === 'POST' && request.path.startsWith('/webhooks/'),
    );
    expect(followup.path).toBe(`/webhooks/${fake.applicationId}/${deferred.token}`);
    expect(followup.body).toMatchObject({ content: 'Only you see this', flags: 64 });
    const stored = await fake.waitForMessage(
      channel.id,
      (message) => message.content === 'Only you see this',
    );
    expect(stored.flags).toBe(64);
  });

  it('rejects an over-long embed with 50035 and the path of the broken field', async () => {
    const channel = client.channels.cache.get(target().channelId) as TextChannel;
    // A raw object: EmbedBuilder would refuse it before it left the bot.
    const embed = { title: 'Results', description: 'x'.repeat(4097) };

    const error = await channel.send({ embeds: [embed] }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).rawError).toMatchObject({
      errors: { embeds: { 0: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
    });
    expect(fake.channelMessages(channel.id)).toEqual([]);
  });

  it('lets a test inject a 500 that the bot sees, then serves the route again', async () => {
    const channel = client.channels.cache.get(target().channelId) as TextChannel;
    fake.faults.next({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 500 });

    const error = await channel.send('first try').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);

    await channel.send('second try');
    const statuses = fake.requests
      .filter((request) => request.path.endsWith('/messages'))
      .map((r) => r.status);
    expect(statuses).toEqual([500, 200]);
  });

  it('waits out an injected 429 and retries, as discord.js does against Discord', async () => {
    const channel = client.channels.cache.get(target().channelId) as TextChannel;
    fake.faults.next({ path: /\/messages$/, status: 429, retryAfter: 0.05 });

    await channel.send('after the limit');

    expect(
      fake.requests.filter((request) => request.path.endsWith('/messages')).map((r) => r.status),
    ).toEqual([429, 200]);
  });

  it('resumes after the gateway drops and still delivers the next interaction', async () => {
    const resumed = new Promise((resolve) => client.once(Events.ShardResume, resolve));
    fake.dropGateway();
    await resumed;

    const received = nextInteraction<ChatInputCommandInteraction>();
    const handle = fake.sendSlashCommand({ ...target(), name: 'leaderboard' });
    await (await received).deferReply();

    expect(await handle.response).toMatchObject({ type: 5 });
    expect(fake.gatewayStats).toEqual({ identifies: 1, resumes: 1 });
  });

  it('answers a second callback with 40060 and a late one with 10062', async () => {
    const twice = fake.sendSlashCommand({ ...target(), name: 'quiz' });
    await nextInteraction();
    const route = Routes.interactionCallback(twice.id, twice.token);
    await client.rest.post(route, { body: { type: 5 } });
    const again = await client.rest.post(route, { body: { type: 5 } }).catch((caught: unknown) => caught);
    expect((again as DiscordAPIError).code).toBe(40060);

    fake.interactionDeadlineMs = 20;
    const late = fake.sendSlashCommand({ ...target(), name: 'quiz' });
    const interaction = await nextInteraction<ChatInputCommandInteraction>();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const error = await interaction.reply('too slow').catch((caught: unknown) => caught);
    expect((error as DiscordAPIError).code).toBe(10062);
    await expect(late.response).rejects.toThrow(/answered after/);
  });

  it('turns deleted channels and messages into 10003 and 10008', async () => {
    const channel = client.channels.cache.get(target().channelId) as TextChannel;
    const posted = await channel.send('soon gone');
    fake.deleteMessage(channel.id, posted.id);
    const fetchError = await channel.messages
      .fetch({ message: posted.id, force: true })
      .catch((e: unknown) => e);
    expect((fetchError as DiscordAPIError).code).toBe(10008);

    const deleted = new Promise((resolve) => client.once(Events.ChannelDelete, resolve));
    fake.deleteChannel(channel.id);
    await deleted;
    expect(client.channels.cache.has(channel.id)).toBe(false);
    const sendError = await client.rest
      .post(Routes.channelMessages(channel.id), { body: { content: 'hi' } })
      .catch((e: unknown) => e);
    expect((sendError as DiscordAPIError).code).toBe(10003);
  });

  it('stores guild commands with ids and refuses names Discord refuses', async () => {
    const guildId = target().guildId;
    const quiz = {
      name: 'quiz',
      description: 'Start a quiz',
      options: [{ name: 'bank', description: 'Bank', type: 3 }],
    };
    const saved = await client.application?.commands.set([quiz], guildId);
    expect(saved?.first()?.id).toMatch(/^\d{17,19}$/);
    expect(fake.commands(guildId).map((command) => command.name)).toEqual(['quiz']);

    const bad = await client.application?.commands
      .set([{ name: 'Quiz', description: 'x' }], guildId)
      .catch((e: unknown) => e);
    expect((bad as DiscordAPIError).code).toBe(50035);
  });

  it('delivers autocomplete with the focused option and checks the 25-choice limit', async () => {
    const ask = () =>
      fake.sendAutocomplete({ ...target(), name: 'quiz', focused: { name: 'bank', value: 'cust' } });
    const first = ask();
    const interaction = await nextInteraction<AutocompleteInteraction>();
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'bank', value: 'cust' });
    await interaction.respond([{ name: 'customs', value: 'customs' }]);
    expect(await first.response).toEqual({
      type: 8,
      data: { choices: [{ name: 'customs', value: 'customs' }] },
    });

    ask();
    const tooMany = Array.from({ length: 26 }, (_, index) => ({ name: `bank ${index}`, value: `b${index}` }));
    const error = await (await nextInteraction<AutocompleteInteraction>())
      .respond(tooMany)
      .catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(50035);
  });

  it('reads multipart uploads and records unknown routes as 404', async () => {
    const channel = client.channels.cache.get(target().channelId) as TextChannel;
    const sent = await channel.send({
      content: 'notes',
      files: [{ attachment: Buffer.from('hello'), name: 'notes.txt' }],
    });

    expect(sent.attachments.first()?.name).toBe('notes.txt');
    const upload = fake.requests.find((request) => request.files.length > 0);
    expect(upload?.body).toMatchObject({ content: 'notes' });
    expect(upload?.files).toEqual([{ field: 'files[0]', filename: 'notes.txt', size: 5 }]);

    const missing = await client.rest.get(Routes.guildAuditLog(target().guildId)).catch((e: unknown) => e);
    expect((missing as DiscordAPIError).status).toBe(404);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', status: 404 });
  });
});

describe('FakeDiscord at scale', () => {
  it('serves 1000 guilds of 50 channels and the client is ready with all of them', async () => {
    const big = await FakeDiscord.start({ guildCount: 1000, channelsPerGuild: 50 });
    const started = Date.now();
    const bigClient = new Client({ intents: [GatewayIntentBits.Guilds], ...testClientOptions(big) });
    const ready = new Promise((resolve) => bigClient.once(Events.ClientReady, resolve));
    await bigClient.login(big.token);
    await ready;

    expect(bigClient.guilds.cache.size).toBe(1000);
    expect(bigClient.channels.cache.size).toBe(50_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    await bigClient.destroy();
    await big.stop();
  });
});
