import { nextSlot, type SlotRule } from './slots.js';

/** A run found late (the bot was down, or the channel busy) is still posted within this. */
export const CATCH_UP_LIMIT_MS = 60 * 60 * 1000;

export type SlotDecision =
  /** Nothing is due; `next` is the coming slot. */
  | { action: 'wait'; next: Date | undefined }
  /** `slot` runs now; `missed` are older slots passed over without a post. */
  | { action: 'run'; slot: Date; missed: Date[] }
  /** `slot`, the latest due one, is an hour late or more: it and `missed` are skipped. */
  | { action: 'skip'; slot: Date; missed: Date[] };

/**
 * Which slot of a schedule to act on at `now`, given that every slot up to `handledUntil` is
 * done. Only the latest due slot can run, and only while it is less than an hour late; after a
 * long outage the older ones are skipped, so the channel never gets a burst of old questions.
 */
export function decideSlot(rule: SlotRule, handledUntil: Date, now: Date): SlotDecision {
  const due: Date[] = [];
  for (let slot = nextSlot(rule, handledUntil); slot && slot <= now; slot = nextSlot(rule, slot)) {
    due.push(slot);
  }

  const latest = due.pop();
  if (!latest) return { action: 'wait', next: nextSlot(rule, handledUntil) };
  const late = now.getTime() - latest.getTime();
  return { action: late < CATCH_UP_LIMIT_MS ? 'run' : 'skip', slot: latest, missed: due };
}
