import { describe, expect, it } from 'vitest';
import { saveGuildSettings } from '../../src/db/guild-settings.js';
import type { BotContext } from '../../src/discord/context.js';
import { renderLeaderboardPage } from '../../src/discord/leaderboard-page.js';
import type { Period } from '../../src/quiz/periods.js';
import { sampleStore } from '../support/sample-store.js';
import { playRound } from '../support/scored-rounds.js';

/** Rendering reads only the database and the clock. */
function contextAt(db: BotContext['db'], now: string): BotContext {
  return { db, now: () => new Date(now) } as BotContext;
}

const descriptionOf = (message: ReturnType<typeof renderLeaderboardPage>) => message?.embeds[0]?.description;

describe('leaderboard periods in the server’s time zone', () => {
  // At 02:00 UTC on Wednesday 2 December it is 11:00 that day in Tokyo, and still 1 December
  // (21:00) in New York.
  async function played() {
    const store = await sampleStore();
    playRound(store, { question: 6, answers: [['ann', 'B', '2026-11-29T14:30:00Z']] }); // Sun 23:30 Tokyo
    playRound(store, { question: 6, answers: [['cy', 'B', '2026-12-01T04:00:00Z']] }); // Tue 13:00 Tokyo
    playRound(store, { question: 6, answers: [['bob', 'B', '2026-12-01T23:30:00Z']] }); // Wed 08:30 Tokyo
    return store;
  }
  const view = (period: Period) => ({ period, bankId: 0, page: 0, invokerId: 'bob' });

  it("counts a 23:30 UTC answer as today in Tokyo's next day", async () => {
    const store = await played();
    saveGuildSettings(store.db, 'g', { timezone: 'Asia/Tokyo' });
    const ctx = contextAt(store.db, '2026-12-02T02:00:00Z');

    expect(descriptionOf(renderLeaderboardPage(ctx, 'g', view('today')))).toBe(
      '**1.** <@bob> · 1 point (1/1 right)',
    );
    // The week began on Monday 30 November, 00:00 Tokyo (15:00 UTC on Sunday): ann's answer is before it.
    expect(descriptionOf(renderLeaderboardPage(ctx, 'g', view('week')))).toBe(
      ['**1.** <@cy> · 1 point (1/1 right)', '**2.** <@bob> · 1 point (1/1 right)'].join('\n'),
    );
    expect(renderLeaderboardPage(ctx, 'g', view('month'))?.embeds[0]?.footer).toEqual({
      text: 'Page 1 of 1 · 2 members',
    });
    expect(renderLeaderboardPage(ctx, 'g', view('all'))?.embeds[0]?.footer).toEqual({
      text: 'Page 1 of 1 · 3 members',
    });
  });

  it('leaves the same answer out of today in New York, where it is still 1 December', async () => {
    const store = await played();
    saveGuildSettings(store.db, 'g', { timezone: 'America/New_York' });
    const ctx = contextAt(store.db, '2026-12-02T02:00:00Z');

    // New York's 1 December began at 05:00 UTC; cy answered at 04:00 UTC, bob at 23:30 UTC.
    expect(descriptionOf(renderLeaderboardPage(ctx, 'g', view('today')))).toBe(
      '**1.** <@bob> · 1 point (1/1 right)',
    );
    const caller = renderLeaderboardPage(ctx, 'g', { ...view('today'), invokerId: 'cy' });
    expect(descriptionOf(caller)).toBe(
      ['**1.** <@bob> · 1 point (1/1 right)', '', 'You have no scored answers here yet.'].join('\n'),
    );
  });

  it('shows the last page for a page past the end, and refuses a bank this server cannot see', async () => {
    const store = await played();
    const ctx = contextAt(store.db, '2026-12-02T02:00:00Z');

    expect(renderLeaderboardPage(ctx, 'g', { ...view('all'), page: 7 })?.embeds[0]?.footer?.text).toBe(
      'Page 1 of 1 · 3 members',
    );
    expect(renderLeaderboardPage(ctx, 'g', { ...view('all'), bankId: 999 })).toBeUndefined();
  });
});
