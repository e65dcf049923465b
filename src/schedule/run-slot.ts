import type { Round } from '../db/rounds.js';
import { findSlotRound, markSlotHandled, pauseSchedule, type Schedule } from '../db/schedules.js';
import type { BotContext } from '../discord/context.js';
import { startRound } from '../discord/rounds/start-round.js';

/** The pause note `/schedule list` shows; importing the same file again un-removes the bank. */
const BANK_REMOVED = 'Its bank was removed. /bank import brings it back; then /schedule resume.';

/**
 * - `posted`: the slot's round is out.
 * - `already-served`: a round for this slot exists (a restart during the run); nothing posted.
 * - `busy`: another round is open in the channel; the slot stays due and is tried again.
 * - `paused`: a fault no retry fixes (channel gone, access lost, bank removed, no questions) paused it.
 * - `failed`: Discord kept failing for a passing reason after its own retries; this slot is lost.
 */
export type SlotOutcome = 'posted' | 'already-served' | 'busy' | 'paused' | 'failed';

/**
 * Posts one slot of a schedule as a round. The round row, unique per (schedule, slot), is the
 * claim on the slot: whoever inserts it posts, and any later try finds it and stands down.
 */
export async function runSlot(ctx: BotContext, schedule: Schedule, slotAt: Date): Promise<SlotOutcome> {
  const log = ctx.log.child({
    guild: schedule.guildId,
    channel: schedule.channelId,
    schedule: schedule.id,
    slot: slotAt.toISOString(),
  });
  const served = () => {
    markSlotHandled(ctx.db, schedule.id, slotAt);
    log.info('scheduled run already served; not posting again');
    return 'already-served' as const;
  };
  if (findSlotRound(ctx.db, schedule.id, slotAt)) return served();

  const result = await startRound(ctx, {
    guildId: schedule.guildId,
    channelId: schedule.channelId,
    startedBy: schedule.createdBy,
    bankId: schedule.bankId ?? undefined,
    durationSeconds: schedule.durationSeconds,
    scheduleId: schedule.id,
    slotAt,
  }).catch((error: unknown) => {
    // Only a second process racing for the same slot gets here: the unique index refused it.
    if (findSlotRound(ctx.db, schedule.id, slotAt)) return undefined;
    throw error;
  });
  if (result === undefined) return served();

  if (result.ok) {
    markSlotHandled(ctx.db, schedule.id, slotAt);
    log.info({ round: result.round.id, question: result.question.number }, 'scheduled round posted');
    return 'posted';
  }
  if (result.code === 'channel-busy') {
    if (servesSlot(result.openRound, schedule.id, slotAt)) return served();
    log.info({ openRound: result.openRound.id }, 'channel busy; the scheduled run waits for that round');
    return 'busy';
  }

  markSlotHandled(ctx.db, schedule.id, slotAt);
  if (result.code === 'cannot-post' && !result.permanent) {
    log.error({ reason: result.message }, 'scheduled run failed; this slot is lost');
    return 'failed';
  }
  const reason = result.code === 'no-bank' && schedule.bankId !== null ? BANK_REMOVED : result.message;
  pauseSchedule(ctx.db, schedule.id, reason);
  log.warn({ reason }, 'schedule paused');
  return 'paused';
}

function servesSlot(round: Round, scheduleId: number, slotAt: Date): boolean {
  return round.scheduleId === scheduleId && round.slotAt?.getTime() === slotAt.getTime();
}
