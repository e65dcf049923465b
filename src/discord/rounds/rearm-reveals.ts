import { readPendingReveals } from '../../db/rounds.js';
import type { BotContext } from '../context.js';

/**
 * Arms a timer for every round still waiting for its reveal. A round whose closing time passed
 * while the bot was down fires at once, so its reveal is posted at start.
 */
export function rearmPendingReveals(ctx: BotContext): number {
  const pending = readPendingReveals(ctx.db);
  for (const round of pending) ctx.timers.arm(round.id, round.closesAt);
  const overdue = pending.filter((r) => r.closesAt.getTime() <= ctx.now().getTime()).length;
  ctx.log.info({ pending: pending.length, overdue }, 'pending reveals re-armed');
  return pending.length;
}
