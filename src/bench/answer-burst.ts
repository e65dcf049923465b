import { FakeDiscord } from '../../test/fake-discord/index.js';
import { openStore } from '../db/connection.js';
import { countSubmissions } from '../db/rounds.js';
import { BenchChild } from './child.js';
import { clickBurst } from './click-burst.js';
import { memberIds } from './member-ids.js';
import { type PostedRound, postQuestion } from './quiz-round.js';
import { percentile } from './stats.js';

export interface BurstFigures {
  submissionsPerSecond: number;
  limitRatio: number;
  ackP99Ms: number;
}

/**
 * `members` distinct members answer one round of the real bot at once; then a bare client
 * that only acknowledges takes the same burst on the same local Discord. A warm-up round in
 * another channel comes first each time, so neither is measured while V8 is still compiling.
 */
export async function measureAnswerBurst(members: number, warmUp: number): Promise<BurstFigures> {
  // A 5,000-answer burst queues for longer than Discord's 3 s on a slow machine; the figure
  // wanted is the rate, so the local Discord waits.
  const fake = await FakeDiscord.start({
    guilds: [{ name: 'Study Group', channels: [{ name: 'warm-up' }, { name: 'burst' }] }],
    interactionDeadlineMs: 120_000,
  });
  try {
    const bot = await runBot(fake, members, warmUp);
    const bare = await runBare(fake, bot.rounds, members, warmUp);
    return {
      submissionsPerSecond: bot.perSecond,
      limitRatio: bot.perSecond / bare.perSecond,
      ackP99Ms: percentile(bot.heldMs, 99),
    };
  } finally {
    await fake.stop();
  }
}

async function runBot(fake: FakeDiscord, members: number, warmUp: number) {
  const child = await BenchChild.start(fake, 'bot');
  const guild = fake.guilds[0];
  const [warmChannel, burstChannel] = guild?.channels ?? [];
  if (!guild || !warmChannel || !burstChannel) throw new Error('the local Discord has no channels');
  const starter = memberIds(1, 10_000_000)[0] as string;

  const where = (channelId: string) => ({ guildId: guild.id, channelId, userId: starter });
  const warm = await postQuestion(fake, where(warmChannel.id), 600);
  const main = await postQuestion(fake, where(burstChannel.id), 600);
  await clickBurst(fake, warm, memberIds(warmUp, members));
  await child.acks();

  const burst = await clickBurst(fake, main, memberIds(members));
  const heldMs = await child.acks();
  await child.stop(true);
  try {
    checkEveryAnswerStored(child.databasePath, main, members, burst.responses);
  } finally {
    child.removeFiles();
  }
  return { perSecond: burst.perSecond, heldMs, rounds: { warm, main } };
}

async function runBare(
  fake: FakeDiscord,
  rounds: { warm: PostedRound; main: PostedRound },
  members: number,
  warmUp: number,
) {
  const child = await BenchChild.start(fake, 'bare');
  try {
    await clickBurst(fake, rounds.warm, memberIds(warmUp, 2 * members));
    return await clickBurst(fake, rounds.main, memberIds(members, 3 * members));
  } finally {
    await child.stop();
  }
}

/** A figure for answers that were not all taken would be worthless: check rows and replies. */
function checkEveryAnswerStored(
  databasePath: string,
  round: PostedRound,
  members: number,
  responses: readonly unknown[],
): void {
  const recorded = responses.filter((r) => JSON.stringify(r).includes('Recorded your answer')).length;
  const store = openStore(databasePath);
  const rows = countSubmissions(store.db, round.roundId);
  store.close();
  if (rows !== members || recorded !== members)
    throw new Error(`the burst lost answers: ${rows} rows and ${recorded} confirmations for ${members}`);
}
