import { isPeriod, type Period } from '../../quiz/periods.js';

/** What a leaderboard message shows; all of it travels in the buttons' custom ids. */
export interface LeaderboardView {
  period: Period;
  /** 0 for every bank. */
  bankId: number;
  /** From 0. */
  page: number;
  /** Whose own rank the message shows: the member who ran the command. */
  invokerId: string;
}

export const LEADERBOARD_PREFIX = 'lb:';

/**
 * `lb:<period>:<bank>:<page>:<invoker>`, at most 3 + 5 + 16 + 6 + 20 + 4 = 54 of Discord's 100
 * characters. Nothing lives in memory, so the buttons keep working after a restart.
 */
export function leaderboardPageId(view: LeaderboardView): string {
  return `${LEADERBOARD_PREFIX}${view.period}:${view.bankId}:${view.page}:${view.invokerId}`;
}

const ID_PATTERN = /^lb:([a-z]+):(0|[1-9]\d{0,15}):(0|[1-9]\d{0,5}):(\d{1,20})$/;

/** The view a button asks for, or undefined for a malformed or forged id. */
export function parseLeaderboardPageId(customId: string): LeaderboardView | undefined {
  const match = ID_PATTERN.exec(customId);
  if (!match) return undefined;
  const [, period, bankId, page, invokerId] = match as unknown as [string, string, string, string, string];
  if (!isPeriod(period)) return undefined;
  return { period, bankId: Number(bankId), page: Number(page), invokerId };
}
