import { listBanks, readCurrentQuestions, readQuestion, type StoredQuestion } from '../../db/banks.js';
import { abandonRound, countAskedNumbers, openRound, type Round, setRoundMessage } from '../../db/rounds.js';
import { pickQuestion } from '../../quiz/pick-question.js';
import { closingTime } from '../../quiz/round-timing.js';
import type { BotContext } from '../context.js';
import { channelProblem, describeError, permanentFailure } from '../discord-errors.js';
import { buildQuestionMessage } from '../embeds/question-message.js';
import { postMessageOnce } from './post-message.js';

/** Waits before the next try at posting a question; the member's deferred reply waits meanwhile. */
const POST_RETRY_DELAYS_MS = [500, 2_000, 8_000];

export interface StartRoundRequest {
  guildId: string;
  channelId: string;
  startedBy: string;
  /** A bank id; the server's first visible bank when absent. */
  bankId?: number;
  questionNumber?: number;
  durationSeconds: number;
  scheduleId?: number;
  slotAt?: Date;
}

export type StartRoundResult =
  | { ok: true; round: Round; question: StoredQuestion }
  | { ok: false; code: 'channel-busy'; openRound: Round }
  | { ok: false; code: 'no-bank' | 'no-question'; message: string }
  /** `permanent`: the channel is unusable (deleted, access lost), so later runs there would fail too. */
  | { ok: false; code: 'cannot-post'; message: string; permanent: boolean };

/**
 * Opens a round and posts its question. The round row comes first so that a second `/quiz` in
 * the same channel is refused even while the first message is still on its way.
 */
export async function startRound(ctx: BotContext, request: StartRoundRequest): Promise<StartRoundResult> {
  const bank = chooseBank(ctx, request);
  if (!bank.ok) return { ok: false, code: 'no-bank', message: bank.message };

  const candidates = readCurrentQuestions(ctx.db, bank.id);
  const chosen =
    request.questionNumber === undefined
      ? pickQuestion(candidates, countAskedNumbers(ctx.db, request.channelId, bank.id))
      : candidates.find((c) => c.number === request.questionNumber);
  const question = chosen && readQuestion(ctx.db, chosen.id);
  if (!question) {
    const message =
      request.questionNumber === undefined
        ? 'That bank has no questions.'
        : `That bank has no question ${request.questionNumber}.`;
    return { ok: false, code: 'no-question', message };
  }

  const openedAt = ctx.now();
  const opened = openRound(ctx.db, {
    guildId: request.guildId,
    channelId: request.channelId,
    questionId: question.id,
    startedBy: request.startedBy,
    openedAt,
    closesAt: closingTime(openedAt, request.durationSeconds),
    scheduleId: request.scheduleId,
    slotAt: request.slotAt,
  });
  if (!opened.ok) return { ok: false, code: 'channel-busy', openRound: opened.openRound };

  return postQuestion(ctx, opened.round, question);
}

/**
 * The requested bank, or the server's first visible one. A bank hidden by `/bank remove` is
 * refused: that command promises new rounds never use it, though a schedule may still name it.
 */
function chooseBank(
  ctx: BotContext,
  request: StartRoundRequest,
): { ok: true; id: number } | { ok: false; message: string } {
  const visible = listBanks(ctx.db, request.guildId);
  if (request.bankId === undefined) {
    const first = visible[0];
    return first ? { ok: true, id: first.id } : { ok: false, message: 'No question bank is loaded yet.' };
  }
  return visible.some((b) => b.id === request.bankId)
    ? { ok: true, id: request.bankId }
    : { ok: false, message: 'That question bank was removed.' };
}

async function postQuestion(
  ctx: BotContext,
  round: Round,
  question: StoredQuestion,
): Promise<StartRoundResult> {
  const log = ctx.log.child({ guild: round.guildId, channel: round.channelId, round: round.id });
  const body = buildQuestionMessage(question, {
    id: round.id,
    closesAt: round.closesAt,
    answered: 0,
    closed: false,
  });

  try {
    const onRetry = (error: unknown, retryInMs: number) =>
      log.warn({ error: describeError(error), retryInMs }, 'question not posted; will retry');
    const nonce = `question-${round.id}`;
    const message = await postMessageOnce(
      ctx.rest,
      round.channelId,
      body,
      nonce,
      POST_RETRY_DELAYS_MS,
      onRetry,
    );
    setRoundMessage(ctx.db, round.id, message.id);
    ctx.timers.arm(round.id, round.closesAt);
    log.info({ message: message.id, bank: question.bankSlug, question: question.number }, 'round posted');
    return { ok: true, round: { ...round, messageId: message.id }, question };
  } catch (error) {
    // Free the channel: a round whose question never appeared must not block the next one.
    const permanent = permanentFailure(error);
    const reason = permanent ?? 'the question could not be posted';
    abandonRound(ctx.db, round.id, reason, ctx.now());
    log.warn({ error: describeError(error), reason }, 'round abandoned before it was posted');
    const message = `I could not post the question here: ${reason}.`;
    return { ok: false, code: 'cannot-post', message, permanent: channelProblem(error) !== undefined };
  }
}
