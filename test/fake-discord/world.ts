import type { EventEmitter } from 'node:events';
import type { APIInteractionResponse, APIMessage, APIUser } from 'discord-api-types/v10';
import type { AttachmentStore } from './attachments.js';
import type { CommandStore } from './commands.js';
import type { UploadedFile } from './http-body.js';
import type { InteractionRegistry } from './interaction-registry.js';
import type { MessageStore } from './message-store.js';
import type { GuildState } from './state.js';

/** One REST call as the bot made it, kept so tests can assert the exact payload. */
export interface RecordedRequest {
  method: string;
  /** Decoded path below `/api/v10`, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or `payload_json` of a multipart body. */
  body: unknown;
  files: UploadedFile[];
  /** `Date.now()` when the request arrived. */
  at: number;
  /** Filled in once answered. */
  status?: number;
  /** True when an injected fault closed the connection instead of answering. */
  dropped?: boolean;
}

export interface CallbackEvent {
  interactionId: string;
  body: APIInteractionResponse;
  /** Milliseconds between sending the interaction and its callback. */
  latencyMs: number;
}

/** Events tests and the benchmark can listen to without scanning `requests`. */
export interface FakeDiscordEvents {
  request: [request: RecordedRequest];
  callback: [event: CallbackEvent];
  /** A message was created or edited, through any route. */
  message: [message: APIMessage];
}

/** The shared state the REST routes read and change. */
export interface World {
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly gatewayUrl: string;
  readonly guilds: GuildState;
  readonly messages: MessageStore;
  readonly commands: CommandStore;
  readonly interactions: InteractionRegistry;
  readonly attachments: AttachmentStore;
  readonly events: EventEmitter<FakeDiscordEvents>;
}
