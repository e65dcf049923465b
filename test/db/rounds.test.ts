import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POINT_UNITS } from '../../src/db/leaderboard.js';
import { closeRound, openRound, type Round, readPendingReveals, recordReveal } from '../../src/db/rounds.js';
import { memberTotals, submissions } from '../../src/db/schema.js';
import { readSubmissions, recordSubmission, storeScores } from '../../src/db/submissions.js';
import { sampleStore } from '../support/sample-store.js';

const t0 = new Date('2026-12-03T12:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

function nextRound(round: Round, openedAt: Date) {
  const { guildId, channelId, questionId, startedBy } = round;
  return {
    guildId,
    channelId,
    questionId,
    startedBy,
    openedAt,
    closesAt: new Date(openedAt.getTime() + 60_000),
  };
}

async function withRound() {
  const store = await sampleStore();
  const opened = openRound(store.db, {
    guildId: 'g',
    channelId: 'c',
    questionId: store.question(1).id,
    startedBy: 'u',
    openedAt: t0,
    closesAt: later(60),
  });
  if (!opened.ok) throw new Error('round did not open');
  return { store, round: opened.round };
}

describe('rounds', () => {
  it('refuses a second open round in the same channel and returns the open one', async () => {
    const { store, round } = await withRound();
    const again = openRound(store.db, nextRound(round, later(1)));
    expect(again).toEqual({ ok: false, openRound: round });
  });

  it('allows a new round once the previous one is closed', async () => {
    const { store, round } = await withRound();
    expect(closeRound(store.db, round.id, later(60))).toBe(true);
    expect(closeRound(store.db, round.id, later(61))).toBe(false);
    const next = openRound(store.db, nextRound(round, later(70)));
    expect(next.ok).toBe(true);
  });

  it('keeps a closed round pending until its reveal is recorded', async () => {
    const { store, round } = await withRound();
    closeRound(store.db, round.id, later(60));
    expect(readPendingReveals(store.db).map((r) => r.id)).toEqual([round.id]);
    recordReveal(store.db, round.id, '123');
    expect(readPendingReveals(store.db)).toEqual([]);
  });
});

describe('submissions', () => {
  it('keeps one row per member and round, with the later choice', async () => {
    const { store, round } = await withRound();
    const base = { roundId: round.id, guildId: 'g', userId: 'm1' };
    expect(recordSubmission(store.db, { ...base, choices: 'A', at: later(1) })).toBe('recorded');
    expect(recordSubmission(store.db, { ...base, choices: 'A,B,C', at: later(2) })).toBe('replaced');

    const rows = readSubmissions(store.db, round.id);
    expect(rows.map((r) => [r.userId, r.choices, r.submittedAt.getTime()])).toEqual([
      ['m1', 'A,B,C', later(2).getTime()],
    ]);
  });

  it('refuses answers after the closing time or once the round is closed, writing nothing', async () => {
    const { store, round } = await withRound();
    const base = { roundId: round.id, guildId: 'g', userId: 'm1', choices: 'A' };
    expect(recordSubmission(store.db, { ...base, at: later(60) })).toBe('round-closed');
    closeRound(store.db, round.id, later(30));
    expect(recordSubmission(store.db, { ...base, at: later(31) })).toBe('round-closed');
    expect(readSubmissions(store.db, round.id)).toEqual([]);
  });

  it('stores points once: a second scoring keeps the first', async () => {
    const { store, round } = await withRound();
    recordSubmission(store.db, {
      roundId: round.id,
      guildId: 'g',
      userId: 'm1',
      choices: 'A,B',
      at: later(1),
    });
    const [row] = readSubmissions(store.db, round.id);
    if (!row) throw new Error('no row');

    storeScores(store.db, round.id, [{ id: row.id, points: 2 / 3, isExact: false }]);
    storeScores(store.db, round.id, [{ id: row.id, points: 0, isExact: false }]);
    const stored = store.db.select().from(submissions).where(eq(submissions.id, row.id)).get();
    expect(stored?.points).toBeCloseTo(2 / 3, 12);
    expect(stored?.isExact).toBe(false);

    // The round is in the running totals once, for the server (bank 0) and for its bank.
    const totals = store.db
      .select({
        bankId: memberTotals.bankId,
        units: memberTotals.pointUnits,
        answered: memberTotals.answered,
      })
      .from(memberTotals)
      .orderBy(memberTotals.bankId)
      .all();
    expect(totals).toEqual([
      { bankId: 0, units: (POINT_UNITS * 2) / 3, answered: 1 },
      { bankId: store.bankId, units: (POINT_UNITS * 2) / 3, answered: 1 },
    ]);
  });
});
