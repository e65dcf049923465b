/** setTimeout's delay is a signed 32-bit count of milliseconds; longer waits are chained. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One timer per open round, firing at its closing time. Timers live in memory only: on start
 * the bot re-arms every round the database still shows as pending, so a restart loses none.
 */
export class RevealTimers {
  readonly #timers = new Map<number, NodeJS.Timeout>();

  constructor(
    private readonly onDue: (roundId: number, attempt: number) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** `attempt` counts earlier failed reveals of this round, for the caller's backoff. */
  arm(roundId: number, closesAt: Date, attempt = 0): void {
    this.cancel(roundId);
    const wait = Math.max(0, closesAt.getTime() - this.now());
    const timer = setTimeout(
      () => {
        this.#timers.delete(roundId);
        if (wait > MAX_TIMER_MS) this.arm(roundId, closesAt, attempt);
        else this.onDue(roundId, attempt);
      },
      Math.min(wait, MAX_TIMER_MS),
    );
    this.#timers.set(roundId, timer);
  }

  cancel(roundId: number): void {
    clearTimeout(this.#timers.get(roundId));
    this.#timers.delete(roundId);
  }

  get armed(): number {
    return this.#timers.size;
  }

  cancelAll(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
