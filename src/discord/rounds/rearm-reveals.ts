import { abandonRound, readPendingReveals } from '../../db/rounds.js';
import type { BotContext } from '../context.js';

/**
 * Arms a timer for every round still waiting for its reveal. A round whose closing time passed
 * while the bot was down fires at once, so its reveal is posted at start. A round whose
 * question was never confirmed posted (the process died during the post) can take no answers:
 * it is closed now, so it does not hold its channel until its closing time.
 */
export function rearmPendingReveals(ctx: BotContext): number {
  const pending = readPendingReveals(ctx.db);
  for (const round of pending) {
    if (round.messageId) {
      ctx.timers.arm(round.id, round.closesAt);
      continue;
    }
    abandonRound(ctx.db, round.id, 'the bot stopped while posting the question', ctx.now());
    ctx.log.warn(
      { guild: round.guildId, channel: round.channelId, round: round.id },
      'unposted round closed',
    );
  }

  const armed = pending.filter((r) => r.messageId);
  const overdue = armed.filter((r) => r.closesAt.getTime() <= ctx.now().getTime()).length;
  ctx.log.info({ pending: armed.length, overdue }, 'pending reveals re-armed');
  return armed.length;
}
