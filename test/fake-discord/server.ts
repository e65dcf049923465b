import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APIUser,
  GatewayDispatchEvents,
  Locale,
} from 'discord-api-types/v10';
import { AttachmentStore } from './attachments.js';
import { CommandStore } from './commands.js';
import { FaultInjector } from './faults.js';
import { Gateway } from './gateway.js';
import { type InteractionHandle, InteractionRegistry } from './interaction-registry.js';
import {
  type AutocompleteInput,
  autocomplete,
  type ButtonInput,
  button,
  type InteractionContext,
  type InteractionTarget,
  type SelectInput,
  type SlashCommandInput,
  slashCommand,
  stringSelect,
} from './interactions.js';
import { MessageStore } from './message-store.js';
import { BOT_PERMISSIONS } from './permissions.js';
import { handleRest } from './rest.js';
import { nextSnowflake, randomToken } from './snowflake.js';
import { type GuildSeed, GuildState, type MemberSeed, userObject } from './state.js';
import { waitFor } from './wait.js';
import type { FakeDiscordEvents, RecordedRequest, World } from './world.js';

export interface FakeDiscordOptions {
  /** Guilds to create; one "Study Group" with a #general channel when neither this nor guildCount is given. */
  guilds?: GuildSeed[];
  /** Generated guilds `guild-0`…, each with `channelsPerGuild` channels `channel-0`…, after `guilds`. */
  guildCount?: number;
  channelsPerGuild?: number;
  botUsername?: string;
  /** Discord's answer window for interactions; late callbacks get 10062. Default 3000. */
  interactionDeadlineMs?: number;
  /** How long `handle.response` waits before rejecting. Default: the deadline plus 2000. */
  responseTimeoutMs?: number;
  /** Sent in HELLO. Default 41250, Discord's usual figure. */
  heartbeatIntervalMs?: number;
}

export interface FakeGuildInfo {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
  roles: { id: string; name: string }[];
}

/**
 * A local Discord on 127.0.0.1 that the real discord.js Client logs in to: REST under `/api/v10`
 * and the gateway on the same port. It keeps guilds, messages and commands, enforces Discord's
 * limits, and records every request so tests can assert the exact payloads the bot sent.
 */
export class FakeDiscord extends EventEmitter<FakeDiscordEvents> {
  readonly restUrl: string;
  readonly gatewayUrl: string;
  readonly applicationId = nextSnowflake();
  readonly botUser: APIUser;
  /** A token for the bot to log in with; the fake accepts any. */
  readonly token = `fake.${randomToken(24)}.${randomToken(27)}`;
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultInjector();

  private readonly world: World;
  private readonly gateway: Gateway;

  private constructor(
    private readonly server: Server,
    options: FakeDiscordOptions,
  ) {
    super();
    this.setMaxListeners(0);
    const { port } = server.address() as AddressInfo;
    this.restUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.botUser = { ...userObject(nextSnowflake(), true), username: options.botUsername ?? 'quizbot' };

    const deadlineMs = options.interactionDeadlineMs ?? 3000;
    this.world = {
      applicationId: this.applicationId,
      botUser: this.botUser,
      gatewayUrl: this.gatewayUrl,
      guilds: new GuildState(this.botUser),
      messages: new MessageStore(this.botUser),
      commands: new CommandStore(this.applicationId),
      interactions: new InteractionRegistry(deadlineMs, options.responseTimeoutMs ?? deadlineMs + 2000),
      attachments: new AttachmentStore(`http://127.0.0.1:${port}`),
      events: this,
    };
    seedGuilds(this.world.guilds, options);

    server.on('request', (req, res) => void handleRest(req, res, this.world, this.faults, this.requests));
    this.gateway = new Gateway(server, this.world, options.heartbeatIntervalMs ?? 41_250);
  }

  /** Starts on a free port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return new FakeDiscord(server, options);
  }

  get guilds(): FakeGuildInfo[] {
    return [...this.world.guilds.guilds.values()].map((guild) => ({
      id: guild.id,
      name: guild.name,
      channels: [...guild.channels.values()].map((channel) => ({ id: channel.id, name: channel.name })),
      roles: guild.roles.map((r) => ({ id: r.id, name: r.name })),
    }));
  }

  /** Late callbacks (measured from when the interaction went out) get 10062; raise it under load. */
  get interactionDeadlineMs(): number {
    return this.world.interactions.deadlineMs;
  }

  set interactionDeadlineMs(value: number) {
    this.world.interactions.deadlineMs = value;
  }

  /** How long a nonce sent with `enforce_nonce` returns the earlier message; Discord says "a few minutes". */
  get nonceWindowMs(): number {
    return this.world.messages.nonceWindowMs;
  }

  set nonceWindowMs(value: number) {
    this.world.messages.nonceWindowMs = value;
  }

  /** How often the bot identified and resumed on the gateway. */
  get gatewayStats(): { identifies: number; resumes: number } {
    return { ...this.gateway.stats };
  }

  addMember(guildId: string, seed: MemberSeed): { userId: string; user: APIUser } {
    const member = this.world.guilds.addMember(guildId, seed);
    return { userId: member.user.id, user: member.user };
  }

  /**
   * A file a member attaches to a slash command. Pass the result in the command's `attachments`
   * and its id as the value of an option of type 11; the fake serves the bytes at its `url`.
   */
  upload(filename: string, bytes: Uint8Array | string, contentType?: string): APIAttachment {
    return this.world.attachments.add(filename, bytes, contentType);
  }

  /** Commands the bot registered: global ones, or a guild's. */
  commands(guildId?: string): APIApplicationCommand[] {
    return this.world.commands.list(guildId);
  }

  sendSlashCommand(input: SlashCommandInput): InteractionHandle<APIChatInputApplicationCommandInteraction> {
    const commandId = this.world.commands.find(input.name, input.guildId)?.id ?? nextSnowflake();
    return this.send(input, (ctx) => slashCommand(ctx, input, commandId));
  }

  sendAutocomplete(
    input: AutocompleteInput,
  ): InteractionHandle<APIApplicationCommandAutocompleteInteraction> {
    const commandId = this.world.commands.find(input.name, input.guildId)?.id ?? nextSnowflake();
    return this.send(input, (ctx) => autocomplete(ctx, input, commandId));
  }

  sendSelect(input: SelectInput): InteractionHandle<APIMessageComponentInteraction> {
    const message = this.componentMessage(input.channelId, input.messageId);
    return this.send(input, (ctx) => stringSelect(ctx, input, message), message.id);
  }

  sendButton(input: ButtonInput): InteractionHandle<APIMessageComponentInteraction> {
    const message = this.componentMessage(input.channelId, input.messageId);
    return this.send(input, (ctx) => button(ctx, input, message), message.id);
  }

  /** Messages stored for a channel in posting order, ephemeral ones included (flag 64). */
  channelMessages(channelId: string): APIMessage[] {
    return this.world.messages.list(channelId);
  }

  /** The first request, past or future, that matches. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 2000,
  ): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    const pick = (request: RecordedRequest) => (predicate(request) ? request : undefined);
    return waitFor(
      this,
      'request',
      pick,
      seen,
      timeoutMs,
      () => `a matching request (${this.requests.length} seen)`,
    );
  }

  /** The first message of the channel, stored or yet to come (created or edited), that matches. */
  waitForMessage(
    channelId: string,
    predicate: (message: APIMessage) => boolean = () => true,
    timeoutMs = 2000,
  ): Promise<APIMessage> {
    const seen = this.channelMessages(channelId).find(predicate);
    const pick = (message: APIMessage) =>
      message.channel_id === channelId && predicate(message) ? message : undefined;
    return waitFor(
      this,
      'message',
      pick,
      seen,
      timeoutMs,
      () => `a matching message in channel ${channelId}`,
    );
  }

  /** Closes the bot's socket abruptly (1006); discord.js resumes, and queued dispatches follow. */
  dropGateway(): void {
    this.gateway.drop();
  }

  /** Later REST calls to the channel get 10003; the bot hears CHANNEL_DELETE. */
  deleteChannel(channelId: string): void {
    const channel = this.world.guilds.deleteChannel(channelId);
    this.world.messages.deleteChannel(channelId);
    this.gateway.dispatch(GatewayDispatchEvents.ChannelDelete, channel);
  }

  /** Later REST calls to the message get 10008, as after a moderator removed it. */
  deleteMessage(channelId: string, messageId: string): void {
    this.world.messages.delete(channelId, messageId);
  }

  /** Destroy the discord.js Client first, so it does not try to reconnect. */
  async stop(): Promise<void> {
    this.world.interactions.close();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send<Payload extends APIInteraction>(
    target: InteractionTarget,
    build: (ctx: InteractionContext) => Payload,
    componentMessageId?: string,
  ): InteractionHandle<Payload> {
    const channel = this.world.guilds.guild(target.guildId).channels.get(target.channelId);
    if (!channel) throw new Error(`FakeDiscord: guild ${target.guildId} has no channel ${target.channelId}`);

    const member = this.world.guilds.member(target.guildId, target.userId);
    const payload = build({
      id: nextSnowflake(),
      token: randomToken(),
      applicationId: this.applicationId,
      channel,
      member: this.world.guilds.interactionMember(member),
      appPermissions: BOT_PERMISSIONS.toString(),
      locale: target.locale ?? Locale.EnglishUS,
    });

    const { pending, handle } = this.world.interactions.register(payload);
    pending.componentMessageId = componentMessageId;
    this.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, () => {
      pending.sentAt = Date.now();
    });
    return handle;
  }

  private componentMessage(channelId: string, messageId: string): APIMessage {
    const message = this.world.messages.list(channelId).find((candidate) => candidate.id === messageId);
    if (!message)
      throw new Error(`FakeDiscord: channel ${channelId} has no message ${messageId} to click on`);
    return message;
  }
}

function seedGuilds(state: GuildState, options: FakeDiscordOptions): void {
  const seeds = options.guilds ?? [];
  if (seeds.length === 0 && !options.guildCount)
    seeds.push({ name: 'Study Group', channels: [{ name: 'general' }] });
  for (const seed of seeds) state.addGuild(seed);

  const channels = Array.from({ length: options.channelsPerGuild ?? 1 }, (_, index) => ({
    name: `channel-${index}`,
  }));
  for (let index = 0; index < (options.guildCount ?? 0); index++)
    state.addGuild({ name: `guild-${index}`, channels });
}
