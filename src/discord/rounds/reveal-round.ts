import { Routes } from 'discord-api-types/v10';
import { readQuestion, type StoredQuestion } from '../../db/banks.js';
import { readScoringRule } from '../../db/guild-settings.js';
import { abandonRound, closeRound, type Round, readRound, recordReveal } from '../../db/rounds.js';
import { readAnswersToScore, storeScores } from '../../db/submissions.js';
import { type Tally, tallyRound } from '../../quiz/tally.js';
import type { BotContext } from '../context.js';
import { describeError, permanentFailure } from '../discord-errors.js';
import { buildQuestionMessage } from '../embeds/question-message.js';
import { buildRevealMessages } from '../embeds/reveal-message.js';
import { postMessageOnce } from './post-message.js';

/** Waits before another try at a reveal that failed for a passing reason (5xx, network). */
const RETRY_DELAYS_MS = [2_000, 15_000, 120_000, 600_000];

/**
 * Closes a round and posts its reveal. Safe to call again for the same round (after a crash
 * or a failed try): the close and the scores are written once, and each reveal message carries
 * a nonce that Discord enforces, so a retry cannot post it twice.
 */
export async function revealRound(ctx: BotContext, roundId: number, attempt = 0): Promise<void> {
  try {
    await closeAndReveal(ctx, roundId, attempt);
  } catch (error) {
    // Timers call this without awaiting: whatever escapes (a busy database, a bug) is logged
    // here, and the round stays pending, so the next start re-arms it.
    ctx.log.error({ round: roundId, attempt, error: describeError(error) }, 'reveal crashed');
  }
}

async function closeAndReveal(ctx: BotContext, roundId: number, attempt: number): Promise<void> {
  const round = readRound(ctx.db, roundId);
  if (!round || round.revealMessageId || round.closeReason) return;
  const log = ctx.log.child({ guild: round.guildId, channel: round.channelId, round: round.id });

  closeRound(ctx.db, round.id, ctx.now());
  ctx.counter.cancel(round.id);
  const question = readQuestion(ctx.db, round.questionId);
  if (!round.messageId || !question) {
    abandonRound(ctx.db, round.id, 'the question message was never posted', ctx.now());
    log.warn('round closed without reveal: its question was never posted');
    return;
  }

  const submissions = readAnswersToScore(ctx.db, round.id);
  const tally = tallyRound(question.options, submissions, readScoringRule(ctx.db, round.guildId));
  storeScores(ctx.db, round.id, tally.scores);

  try {
    await disableMenu(ctx, round, question, tally);
    const revealId = await postReveal(ctx, round, question, tally);
    recordReveal(ctx.db, round.id, revealId);
    log.info(
      { answered: tally.answered, right: tally.exactlyRight.length, message: revealId },
      'reveal sent',
    );
  } catch (error) {
    const reason = permanentFailure(error);
    if (reason) {
      abandonRound(ctx.db, round.id, reason, ctx.now());
      log.warn({ reason, error: describeError(error) }, 'round closed without reveal');
      return;
    }
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] as number;
    log.error({ error: describeError(error), retryInMs: delay }, 'reveal failed; will retry');
    ctx.timers.arm(round.id, new Date(ctx.now().getTime() + delay), attempt + 1);
  }
}

async function disableMenu(
  ctx: BotContext,
  round: Round,
  question: StoredQuestion,
  tally: Tally,
): Promise<void> {
  const view = { id: round.id, closesAt: round.closesAt, answered: tally.answered, closed: true };
  await ctx.rest.patch(Routes.channelMessage(round.channelId, round.messageId as string), {
    body: buildQuestionMessage(question, view),
  });
}

async function postReveal(
  ctx: BotContext,
  round: Round,
  question: StoredQuestion,
  tally: Tally,
): Promise<string> {
  const bodies = buildRevealMessages(question, tally, round.messageId);
  let firstId: string | undefined;
  for (const [i, body] of bodies.entries()) {
    // The nonce makes a retried reveal exactly-once (see postMessageOnce); failures go back
    // to revealRound, which tries the whole reveal again later.
    const message = await postMessageOnce(
      ctx.rest,
      round.channelId,
      body,
      `reveal-${round.id}-${i}`,
      [],
      () => {},
    );
    firstId ??= message.id;
  }
  return firstId as string;
}
