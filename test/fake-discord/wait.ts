import type { EventEmitter } from 'node:events';
import type { FakeDiscordEvents } from './world.js';

type EventName = keyof FakeDiscordEvents;

/**
 * Resolves with the first value `pick` finds, looking at what already happened before listening
 * for `event`; rejects after `timeoutMs` with an error that says what was awaited.
 */
export function waitFor<Name extends EventName, Found>(
  emitter: EventEmitter<FakeDiscordEvents>,
  event: Name,
  pick: (...args: FakeDiscordEvents[Name]) => Found | undefined,
  already: Found | undefined,
  timeoutMs: number,
  describe: () => string,
): Promise<Found> {
  if (already !== undefined) return Promise.resolve(already);

  return new Promise((resolve, reject) => {
    const listener = (...args: FakeDiscordEvents[Name]): void => {
      const found = pick(...args);
      if (found === undefined) return;
      clearTimeout(timer);
      emitter.off(event, listener as never);
      resolve(found);
    };
    const timer = setTimeout(() => {
      emitter.off(event, listener as never);
      reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${describe()}`));
    }, timeoutMs);

    emitter.on(event, listener as never);
  });
}
