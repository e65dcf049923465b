import {
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageReference,
  type APIUser,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { invalidFormBody, unknownMessage } from './api-error.js';
import { arrayOf, isObject, type JsonObject } from './form-errors.js';
import type { UploadedFile } from './http-body.js';
import { nextSnowflake } from './snowflake.js';

/** What a message create needs beyond the body: who and what posted it. */
export interface MessageOrigin {
  type?: MessageType;
  webhookId?: string;
  applicationId?: string;
  files?: readonly UploadedFile[];
}

/**
 * Messages per channel, in posting order, as full APIMessage objects so discord.js can build
 * Message instances from what the routes return.
 */
export class MessageStore {
  private readonly byChannel = new Map<string, APIMessage[]>();
  private readonly byId = new Map<string, APIMessage>();
  private readonly byNonce = new Map<string, { messageId: string; at: number }>();

  /** How long Discord remembers a nonce; it documents only "the past few minutes". */
  nonceWindowMs = 5 * 60 * 1000;

  constructor(private readonly author: APIUser) {}

  list(channelId: string): APIMessage[] {
    return [...(this.byChannel.get(channelId) ?? [])];
  }

  /** Ephemeral messages live only in the interaction's webhook, so channel routes cannot see them. */
  get(channelId: string, messageId: string, includeEphemeral = false): APIMessage {
    const message = this.byId.get(messageId);
    if (!message || message.channel_id !== channelId) throw unknownMessage();
    if (!includeEphemeral && isEphemeral(message)) throw unknownMessage();
    return message;
  }

  /**
   * The message an earlier create in this channel made with the same nonce, still inside the
   * window. With `enforce_nonce` Discord returns that message instead of posting a second one.
   * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
   */
  findByNonce(channelId: string, nonce: unknown): APIMessage | undefined {
    if (typeof nonce !== 'string' && typeof nonce !== 'number') return undefined;
    const seen = this.byNonce.get(`${channelId}:${nonce}`);
    if (!seen || Date.now() - seen.at > this.nonceWindowMs) return undefined;
    return this.byId.get(seen.messageId);
  }

  create(channelId: string, body: JsonObject, origin: MessageOrigin = {}): APIMessage {
    const reference = this.reference(body.message_reference);
    const message: APIMessage = {
      id: nextSnowflake(),
      channel_id: channelId,
      author: this.author,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: attachments(origin.files ?? []),
      embeds: embeds(body.embeds),
      pinned: false,
      type: origin.type ?? (reference ? MessageType.Reply : MessageType.Default),
      flags: typeof body.flags === 'number' ? body.flags : 0,
      components: arrayOf(body.components) as APIMessage['components'],
      ...(reference && { message_reference: reference.ref, referenced_message: reference.target }),
      ...(nonceOf(body) !== undefined && { nonce: nonceOf(body) }),
      ...(origin.webhookId && { webhook_id: origin.webhookId }),
      ...(origin.applicationId && { application_id: origin.applicationId }),
    };

    const list = this.byChannel.get(channelId) ?? [];
    list.push(message);
    this.byChannel.set(channelId, list);
    this.byId.set(message.id, message);
    const nonce = nonceOf(body);
    if (nonce !== undefined)
      this.byNonce.set(`${channelId}:${nonce}`, { messageId: message.id, at: Date.now() });
    return message;
  }

  /** Applies a PATCH: only the fields present change, as on Discord. */
  edit(message: APIMessage, body: JsonObject, files: readonly UploadedFile[] = []): APIMessage {
    if (typeof body.content === 'string' || body.content === null) message.content = body.content ?? '';
    if (body.embeds !== undefined) message.embeds = embeds(body.embeds);
    if (body.components !== undefined)
      message.components = arrayOf(body.components) as APIMessage['components'];
    if (typeof body.flags === 'number') message.flags = body.flags;
    if (files.length > 0) message.attachments = attachments(files);
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  delete(channelId: string, messageId: string): void {
    const message = this.get(channelId, messageId, true);
    this.byId.delete(message.id);
    const list = this.byChannel.get(channelId) ?? [];
    list.splice(list.indexOf(message), 1);
  }

  deleteChannel(channelId: string): void {
    for (const message of this.byChannel.get(channelId) ?? []) this.byId.delete(message.id);
    this.byChannel.delete(channelId);
  }

  /**
   * A reply to a missing message fails unless the bot said `fail_if_not_exists: false`.
   * @see https://discord.com/developers/docs/resources/message#message-reference-structure
   */
  private reference(raw: unknown): { ref: APIMessageReference; target: APIMessage } | null {
    if (!isObject(raw) || typeof raw.message_id !== 'string') return null;
    const target = this.byId.get(raw.message_id);
    if (target) return { ref: { type: 0, message_id: target.id, channel_id: target.channel_id }, target };
    if (raw.fail_if_not_exists === false) return null;

    throw invalidFormBody({
      message_reference: {
        _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }],
      },
    });
  }
}

function nonceOf(body: JsonObject): string | number | undefined {
  return typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : undefined;
}

export function isEphemeral(message: APIMessage): boolean {
  return ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

/** Discord marks embeds the bot sends as `rich`. */
function embeds(raw: unknown): APIEmbed[] {
  return arrayOf(raw)
    .filter(isObject)
    .map((embed) => ({ type: 'rich', ...embed }) as APIEmbed);
}

function attachments(files: readonly UploadedFile[]): APIAttachment[] {
  return files.map((file) => {
    const id = nextSnowflake();
    const url = `https://cdn.discordapp.invalid/attachments/${id}/${file.filename}`;
    return { id, filename: file.filename, size: file.size, url, proxy_url: url };
  });
}
