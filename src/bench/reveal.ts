import { performance } from 'node:perf_hooks';
import { revealRound } from '../discord/rounds/reveal-round.js';
import type { LocalBot } from './local-bot.js';
import { memberIds } from './member-ids.js';
import { postQuestion } from './quiz-round.js';
import { seedOpenRoundAnswers } from './seed-answers.js';

/**
 * Closes rounds of `answers` answers each and times `revealRound` from the call until the local
 * Discord has the reveal message: scoring, counts, the menu's last edit and the reveal post.
 * One sample per channel of the first guild.
 */
export async function measureReveals(local: LocalBot, answers: number): Promise<number[]> {
  const { fake, bot } = local;
  const guild = fake.guilds[0];
  if (!guild) throw new Error('the local Discord has no guild');
  const samples: number[] = [];

  for (const [index, channel] of guild.channels.entries()) {
    const where = { guildId: guild.id, channelId: channel.id, userId: memberIds(1, 20_000_000)[0] as string };
    const round = await postQuestion(fake, where, 600);
    const members = memberIds(answers, index * answers);
    seedOpenRoundAnswers(bot.ctx.db, round, members, bot.ctx.now());

    const isReveal = (m: { message_reference?: { message_id?: string } }) =>
      m.message_reference?.message_id === round.messageId;
    const started = performance.now();
    const posted = fake.waitForMessage(channel.id, isReveal, 30_000);
    await revealRound(bot.ctx, round.roundId);
    await posted;
    samples.push(performance.now() - started);
  }
  return samples;
}
