import { performance } from 'node:perf_hooks';
import { readRound } from '../db/rounds.js';
import type { LocalBot } from './local-bot.js';
import { memberIds } from './member-ids.js';
import { postQuestion } from './quiz-round.js';
import { seedScoredHistory } from './seed-answers.js';

export interface LeaderboardSpec {
  answers: number;
  members: number;
  /** Stop sampling after this many `/leaderboard` calls or this long, whichever comes first. */
  maxSamples: number;
  maxMs: number;
}

const WARM_UP_CALLS = 3;

/**
 * Fills the second guild with `answers` scored answers by `members` members, inserted directly,
 * then sends `/leaderboard` over the wire one at a time as a mid-table member and times each
 * from the event going out to the bot's callback arriving.
 */
export async function measureLeaderboard(local: LocalBot, spec: LeaderboardSpec): Promise<number[]> {
  const { fake, bot } = local;
  const guild = fake.guilds[1];
  const channel = guild?.channels[0];
  if (!guild || !channel) throw new Error('the local Discord has no second guild');

  const userIds = memberIds(spec.members, 50_000_000);
  const caller = userIds[Math.floor(spec.members / 2)] as string;
  const where = { guildId: guild.id, channelId: channel.id, userId: caller };
  const posted = await postQuestion(fake, where, 600);
  const questionId = readRound(bot.ctx.db, posted.roundId)?.questionId as number;
  const history = {
    ...spec,
    guildId: guild.id,
    channelId: channel.id,
    questionId,
    answersPerRound: Math.min(1000, spec.members),
  };
  await seedScoredHistory(bot.ctx.db, history, userIds);

  const call = async () => {
    const started = performance.now();
    const response = await fake.sendSlashCommand({ ...where, name: 'leaderboard' }).response;
    if (!JSON.stringify(response).includes('**1.**')) throw new Error('/leaderboard showed no ranking');
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP_CALLS; i++) await call();

  const samples: number[] = [];
  const deadline = performance.now() + spec.maxMs;
  while (samples.length < spec.maxSamples && (samples.length < 10 || performance.now() < deadline))
    samples.push(await call());
  return samples;
}
