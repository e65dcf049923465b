import { performance } from 'node:perf_hooks';
import { DefaultRestOptions, type RESTOptions } from '@discordjs/rest';
import { type Client, Events } from 'discord.js';

const CALLBACK_URL = /\/interactions\/(\d+)\/[^/]+\/callback/;

/**
 * Times how long a client holds each interaction: from the moment its INTERACTION_CREATE frame
 * is parsed to the moment the callback request leaves through @discordjs/rest. Measured inside
 * the bot process, so the local Discord's own queueing is not counted.
 */
export class AckTiming {
  readonly #received = new Map<string, number>();
  readonly #heldMs: number[] = [];

  /** A `makeRequest` for the REST options that notes each callback as it goes out. */
  readonly makeRequest: RESTOptions['makeRequest'] = (url, init) => {
    const id = CALLBACK_URL.exec(url)?.[1];
    const received = id === undefined ? undefined : this.#received.get(id);
    if (id !== undefined && received !== undefined) {
      this.#heldMs.push(performance.now() - received);
      this.#received.delete(id);
    }
    return DefaultRestOptions.makeRequest(url, init);
  };

  /** 'raw' fires just before discord.js builds the interaction and hands it to the handlers. */
  watch(client: Client): void {
    client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }) => {
      if (packet.t === 'INTERACTION_CREATE' && packet.d?.id)
        this.#received.set(packet.d.id, performance.now());
    });
  }

  /** The samples so far, emptied: each phase of the benchmark reads its own. */
  take(): number[] {
    return this.#heldMs.splice(0);
  }
}
