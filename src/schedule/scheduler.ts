import type { Db } from '../db/connection.js';
import { markSlotHandled, readActiveSchedules, type Schedule } from '../db/schedules.js';
import type { Logger } from '../log.js';
import { decideSlot } from './catch-up.js';
import type { SlotOutcome } from './run-slot.js';
import { nextSlot } from './slots.js';

/** How soon a run that found its channel busy (or hit an unexpected error) looks again. */
const RETRY_MS = 60_000;

/**
 * The longest the scheduler sleeps. setTimeout counts real elapsed time, not wall-clock time, so
 * after a suspend or a clock change a long sleep would wake late; a short cap bounds the drift.
 */
const MAX_SLEEP_MS = 10 * 60_000;

export interface SchedulerDeps {
  db: Db;
  log: Logger;
  now: () => Date;
  /** Posts one slot; `runSlot` with the bot's context. */
  run: (schedule: Schedule, slotAt: Date) => Promise<SlotOutcome>;
}

/**
 * Wakes at each schedule's next slot and runs what is due. Passes never overlap: a timer wake
 * and a moderator's change queue one behind the other, so this process never runs a slot twice
 * (another process is stopped by the rounds' unique index on schedule and slot).
 */
export class Scheduler {
  #timer: NodeJS.Timeout | undefined;
  #chain: Promise<void> = Promise.resolve();
  #queued = false;
  #stopped = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Runs what is due now (the catch-up after downtime), then sleeps until the next slot. */
  start(): Promise<void> {
    return this.runDue();
  }

  /** After a moderator adds, pauses, resumes or removes a schedule: look again. */
  refresh(): void {
    void this.runDue();
  }

  /** One pass over every active schedule; calls made while a pass runs share one pass after it. */
  runDue(): Promise<void> {
    if (this.#stopped || this.#queued) return this.#chain;
    this.#queued = true;
    this.#chain = this.#chain.then(async () => {
      this.#queued = false;
      if (this.#stopped) return;
      // Every later pass and stop() wait on this chain, so a failed pass (the schedules could not
      // be read, e.g. SQLITE_BUSY past the busy timeout) must not leave it rejected.
      await this.#pass().catch((error: unknown) => {
        this.deps.log.error({ err: error, retryInMs: RETRY_MS }, 'scheduler pass failed; trying again later');
        this.#sleep(RETRY_MS);
      });
    });
    return this.#chain;
  }

  /** Stops waking and waits for a pass in progress, so nothing posts after the client is gone. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#chain;
  }

  async #pass(): Promise<void> {
    clearTimeout(this.#timer);
    let wake = this.deps.now().getTime() + MAX_SLEEP_MS;

    for (const schedule of readActiveSchedules(this.deps.db)) {
      const next = await this.#handle(schedule).catch((error: unknown) => {
        this.deps.log.error(
          { schedule: schedule.id, guild: schedule.guildId, err: error },
          'schedule check failed',
        );
        return new Date(this.deps.now().getTime() + RETRY_MS);
      });
      if (next) wake = Math.min(wake, next.getTime());
    }

    this.#sleep(wake - this.deps.now().getTime());
  }

  #sleep(ms: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.runDue(), Math.min(Math.max(0, ms), MAX_SLEEP_MS));
  }

  /** Acts on the schedule's due slot, if any, and says when it next needs a look. */
  async #handle(schedule: Schedule): Promise<Date | undefined> {
    const now = this.deps.now();
    const decision = decideSlot(schedule, schedule.lastSlotAt ?? schedule.createdAt, now);
    if (decision.action === 'wait') return decision.next;

    const log = this.deps.log.child({
      guild: schedule.guildId,
      channel: schedule.channelId,
      schedule: schedule.id,
    });
    if (decision.missed.length > 0) {
      const missed = decision.missed.map((slot) => slot.toISOString());
      log.warn({ missed }, 'scheduled runs skipped: missed while the bot was down');
    }
    if (decision.action === 'skip') {
      markSlotHandled(this.deps.db, schedule.id, decision.slot);
      const lateMinutes = Math.floor((now.getTime() - decision.slot.getTime()) / 60_000);
      log.warn(
        { slot: decision.slot.toISOString(), lateMinutes },
        'scheduled run skipped: more than an hour late',
      );
      return nextSlot(schedule, decision.slot);
    }

    const outcome = await this.deps.run(schedule, decision.slot);
    if (outcome === 'busy') return new Date(now.getTime() + RETRY_MS);
    return outcome === 'paused' ? undefined : nextSlot(schedule, decision.slot);
  }
}
