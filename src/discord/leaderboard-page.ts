import { listBanks } from '../db/banks.js';
import { readGuildSettings } from '../db/guild-settings.js';
import { countRankedMembers, readLeaderboardPage } from '../db/leaderboard.js';
import { periodStart } from '../quiz/periods.js';
import type { LeaderboardView } from './components/leaderboard-page-id.js';
import type { BotContext } from './context.js';
import { buildLeaderboardMessage, PAGE_SIZE } from './embeds/leaderboard-message.js';

/**
 * Reads one leaderboard page as of now, in the server's time zone, and builds its message. A page
 * past the end (after midnight "today" starts empty again) shows the last page instead.
 * Undefined when the bank is not one this server can see.
 */
export function renderLeaderboardPage(ctx: BotContext, guildId: string, view: LeaderboardView) {
  const bank =
    view.bankId === 0
      ? undefined
      : listBanks(ctx.db, guildId, { includeHidden: true }).find((b) => b.id === view.bankId);
  if (view.bankId !== 0 && !bank) return undefined;

  const timezone = readGuildSettings(ctx.db, guildId).timezone;
  const since = periodStart(view.period, ctx.now(), timezone);
  const scope = { guildId, since, bankId: bank?.id };

  const read = (page: number) =>
    readLeaderboardPage(ctx.db, scope, { limit: PAGE_SIZE, offset: page * PAGE_SIZE }, view.invokerId);
  let page = view.page;
  let figures = read(page);
  if (figures.standings.length === 0 && page > 0) {
    page = Math.max(0, Math.ceil(countRankedMembers(ctx.db, scope) / PAGE_SIZE) - 1);
    figures = read(page);
  }
  return buildLeaderboardMessage({
    view: { ...view, page },
    bankTitle: bank?.title,
    ...figures,
    pageCount: Math.max(1, Math.ceil(figures.members / PAGE_SIZE)),
  });
}
