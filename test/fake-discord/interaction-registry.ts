import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { type ApiFailure, alreadyAcknowledged, unknownInteraction, unknownWebhook } from './api-error.js';

/** Interaction tokens stay good for followups and edits for 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/** What a test holds after sending an interaction. */
export interface InteractionHandle<Payload extends APIInteraction = APIInteraction> {
  readonly id: string;
  readonly token: string;
  readonly payload: Payload;
  /** The bot's callback body; rejects if none arrives in time or it came after the deadline. */
  readonly response: Promise<APIInteractionResponse>;
}

export interface PendingInteraction {
  readonly payload: APIInteraction;
  /** When the gateway wrote the interaction to the socket; the 3 s deadline counts from here. */
  sentAt?: number;
  response?: APIInteractionResponse;
  originalMessageId?: string;
  /** For components: the message whose button or select was used. */
  componentMessageId?: string;
  /** Original response and followups, the messages this token may read, edit and delete. */
  readonly messageIds: Set<string>;
  /** The last refusal, quoted when the handle times out so the test says why. */
  lastRefusal?: string;
  settle(result: { response: APIInteractionResponse } | { error: Error }): void;
}

/** Interactions sent to the bot, found again by id (callbacks) or token (webhooks). */
export class InteractionRegistry {
  private readonly byId = new Map<string, PendingInteraction>();
  private readonly byToken = new Map<string, PendingInteraction>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    public deadlineMs: number,
    private readonly responseTimeoutMs: number,
  ) {}

  register<Payload extends APIInteraction>(
    payload: Payload,
  ): { pending: PendingInteraction; handle: InteractionHandle<Payload> } {
    let resolve!: (response: APIInteractionResponse) => void;
    let reject!: (error: Error) => void;
    const response = new Promise<APIInteractionResponse>((onResolve, onReject) => {
      resolve = onResolve;
      reject = onReject;
    });
    // A test that never awaits `response` must not fail on an unhandled rejection.
    response.catch(() => undefined);

    const timer = setTimeout(
      () => pending.settle({ error: this.timeoutError(pending) }),
      this.responseTimeoutMs,
    );
    timer.unref();
    this.timers.add(timer);
    const pending: PendingInteraction = {
      payload,
      messageIds: new Set(),
      settle: (result) => {
        clearTimeout(timer);
        this.timers.delete(timer);
        if ('error' in result) reject(result.error);
        else resolve(result.response);
      },
    };

    this.byId.set(payload.id, pending);
    this.byToken.set(payload.token, pending);
    return { pending, handle: { id: payload.id, token: payload.token, payload, response } };
  }

  /**
   * Checks a callback the way Discord does: unknown or late ones get 10062, a second one 40060.
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
   */
  forCallback(id: string, token: string): PendingInteraction {
    const pending = this.byId.get(id);
    if (!pending || pending.payload.token !== token) throw unknownInteraction();
    if (pending.response) throw alreadyAcknowledged();

    const elapsed = Date.now() - (pending.sentAt ?? Date.now());
    if (elapsed > this.deadlineMs) {
      pending.settle({
        error: new Error(`interaction ${id} answered after ${elapsed} ms (limit ${this.deadlineMs})`),
      });
      throw unknownInteraction();
    }
    return pending;
  }

  acknowledge(pending: PendingInteraction, response: APIInteractionResponse): void {
    pending.response = response;
    pending.settle({ response });
  }

  refuse(pending: PendingInteraction, failure: ApiFailure): void {
    pending.lastRefusal = `${failure.status} ${failure.code} ${JSON.stringify(failure.toJSON())}`;
  }

  /** Webhook routes work only after the first callback and for 15 minutes after sending. */
  forWebhook(token: string): PendingInteraction {
    const pending = this.byToken.get(token);
    if (!pending?.response) throw unknownWebhook();
    if (Date.now() - (pending.sentAt ?? 0) > TOKEN_LIFETIME_MS) throw unknownWebhook();
    return pending;
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private timeoutError(pending: PendingInteraction): Error {
    const { id, type } = pending.payload;
    const sent =
      pending.sentAt === undefined ? 'never reached the bot (gateway not connected)' : 'reached the bot';
    const refusal = pending.lastRefusal ? `; last callback refused: ${pending.lastRefusal}` : '';
    return new Error(
      `FakeDiscord: interaction ${id} (type ${type}) ${sent} but got no callback within ${this.responseTimeoutMs} ms${refusal}`,
    );
  }
}
