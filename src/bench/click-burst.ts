import { performance } from 'node:perf_hooks';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { FakeDiscord } from '../../test/fake-discord/index.js';
import type { PostedRound } from './quiz-round.js';

export interface Burst {
  elapsedMs: number;
  perSecond: number;
  responses: APIInteractionResponse[];
}

/**
 * Every member picks A on the round's menu at once: the selects go out as fast as the local
 * gateway writes them, and the clock stops at the last callback.
 */
export async function clickBurst(fake: FakeDiscord, round: PostedRound, userIds: readonly string[]) {
  const started = performance.now();
  const pending = userIds.map(
    (userId) =>
      fake.sendSelect({
        guildId: round.guildId,
        channelId: round.channelId,
        userId,
        messageId: round.messageId,
        customId: round.customId,
        values: ['A'],
      }).response,
  );
  const responses = await Promise.all(pending);
  const elapsedMs = performance.now() - started;
  return { elapsedMs, perSecond: (userIds.length * 1000) / elapsedMs, responses } satisfies Burst;
}
