import { Routes } from 'discord-api-types/v10';
import { readQuestion } from '../../db/banks.js';
import { countSubmissions, readRound } from '../../db/rounds.js';
import { ANSWER_COUNT_EDIT_INTERVAL_MS } from '../../quiz/round-timing.js';
import type { BotContext } from '../context.js';
import { describeError } from '../discord-errors.js';
import { buildQuestionMessage } from '../embeds/question-message.js';

/**
 * Shows how many have answered on the question message. Editing one channel's messages is
 * rate-limited to a few edits per few seconds, so a burst of answers schedules at most one
 * edit per round per interval, which then shows the count of that moment.
 */
export class AnswerCounter {
  readonly #pending = new Map<number, NodeJS.Timeout>();

  constructor(
    private readonly ctx: Pick<BotContext, 'db' | 'rest' | 'log'>,
    private readonly intervalMs = ANSWER_COUNT_EDIT_INTERVAL_MS,
  ) {}

  noteAnswer(roundId: number): void {
    if (this.#pending.has(roundId)) return;
    const timer = setTimeout(() => {
      this.#pending.delete(roundId);
      void this.#edit(roundId);
    }, this.intervalMs);
    this.#pending.set(roundId, timer);
  }

  /** Drops a pending edit; the reveal writes the final state of the message itself. */
  cancel(roundId: number): void {
    clearTimeout(this.#pending.get(roundId));
    this.#pending.delete(roundId);
  }

  cancelAll(): void {
    for (const timer of this.#pending.values()) clearTimeout(timer);
    this.#pending.clear();
  }

  async #edit(roundId: number): Promise<void> {
    const ctx = this.ctx;
    try {
      const round = readRound(ctx.db, roundId);
      const question = round && readQuestion(ctx.db, round.questionId);
      if (!round?.messageId || round.closedAt || !question) return;

      const answered = countSubmissions(ctx.db, roundId);
      const view = { id: round.id, closesAt: round.closesAt, answered, closed: false };
      await ctx.rest.patch(Routes.channelMessage(round.channelId, round.messageId), {
        body: buildQuestionMessage(question, view),
      });
    } catch (error) {
      // A missed count is harmless: the next answer or the reveal shows the right figure. This
      // runs from a timer nobody awaits, so nothing may escape it.
      ctx.log.warn({ round: roundId, error: describeError(error) }, 'answer count not updated');
    }
  }
}
