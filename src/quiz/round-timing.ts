export const DEFAULT_DURATION_SECONDS = 60;
export const MIN_DURATION_SECONDS = 10;
export const MAX_DURATION_SECONDS = 86_400;

/** How often at most the question message is edited to show the answer count. */
export const ANSWER_COUNT_EDIT_INTERVAL_MS = 5_000;

export function closingTime(openedAt: Date, durationSeconds: number): Date {
  return new Date(openedAt.getTime() + durationSeconds * 1000);
}

/** Seconds since the epoch, as Discord's `<t:…>` timestamps want them. */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
