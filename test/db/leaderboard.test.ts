import { describe, expect, it } from 'vitest';
import { countRankedMembers, readLeaderboard, readStanding } from '../../src/db/leaderboard.js';
import { closeRound, openRound } from '../../src/db/rounds.js';
import { readSubmissions, recordSubmission, storeScores } from '../../src/db/submissions.js';
import { tallyRound } from '../../src/quiz/tally.js';
import { sampleStore } from '../support/sample-store.js';
import { playRound } from '../support/scored-rounds.js';

type Answer = [user: string, choices: string, atSecond: number];

/** Plays one scored round of a sample question in channel `c` of guild `g`. */
async function playRounds(rounds: { question: number; answers: Answer[] }[]) {
  const store = await sampleStore();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  for (const { question: n, answers } of rounds) {
    const question = store.question(n);
    const opened = openRound(store.db, {
      guildId: 'g',
      channelId: 'c',
      questionId: question.id,
      startedBy: 'x',
      openedAt: new Date(clock),
      closesAt: new Date(clock + 60_000),
    });
    if (!opened.ok) throw new Error('round did not open');
    for (const [userId, choices, at] of answers) {
      recordSubmission(store.db, {
        roundId: opened.round.id,
        guildId: 'g',
        userId,
        choices,
        at: new Date(clock + at * 1000),
      });
    }
    closeRound(store.db, opened.round.id, new Date(clock + 60_000));
    storeScores(
      store.db,
      opened.round.id,
      tallyRound(question.options, readSubmissions(store.db, opened.round.id), 'exact').scores,
    );
    clock += 120_000;
  }
  return store;
}

describe('leaderboard', () => {
  it('ranks by points, and equal points by who reached them first', async () => {
    // Question 1 is A,B,C; question 6 is B.
    const store = await playRounds([
      {
        question: 1,
        answers: [
          ['ann', 'A,B,C', 5],
          ['bob', 'A,B', 3],
          ['cy', 'A,B,C', 2],
        ],
      },
      {
        question: 6,
        answers: [
          ['ann', 'B', 9],
          ['bob', 'B', 4],
          ['cy', 'C', 1],
        ],
      },
    ]);
    const scope = { guildId: 'g' };

    expect(readLeaderboard(store.db, scope, { limit: 10, offset: 0 })).toEqual([
      { rank: 1, userId: 'ann', points: 2, answered: 2, exact: 2 },
      // cy reached 1 point in round one; bob only in round two.
      { rank: 2, userId: 'cy', points: 1, answered: 2, exact: 1 },
      { rank: 3, userId: 'bob', points: 1, answered: 2, exact: 1 },
    ]);
    expect(readStanding(store.db, scope, 'bob')).toEqual({
      rank: 3,
      userId: 'bob',
      points: 1,
      answered: 2,
      exact: 1,
    });
    expect(readStanding(store.db, scope, 'nobody')).toBeUndefined();
    expect(countRankedMembers(store.db, scope)).toBe(3);
  });

  it('pages through the ranking and leaves other servers out', async () => {
    const store = await playRounds([
      {
        question: 6,
        answers: [
          ['a', 'B', 1],
          ['b', 'B', 2],
          ['c', 'A', 3],
        ],
      },
    ]);
    expect(
      readLeaderboard(store.db, { guildId: 'g' }, { limit: 2, offset: 2 }).map((s) => [s.rank, s.userId]),
    ).toEqual([[3, 'c']]);
    expect(readLeaderboard(store.db, { guildId: 'other' }, { limit: 10, offset: 0 })).toEqual([]);
  });
});

describe('leaderboard under partial credit', () => {
  // Question 1 is A,B,C (k = 3); question 2 is B,D (k = 2).
  async function partialRounds() {
    const store = await sampleStore();
    playRound(store, {
      question: 1,
      rule: 'partial',
      answers: [
        ['ann', 'A,B', '2026-12-01T10:00:05Z'], // 2/3
        ['bob', 'A,B,D', '2026-12-01T10:00:06Z'], // 2 right, 1 wrong: 1/3
        ['cy', 'A,B,C', '2026-12-01T10:00:07Z'], // 1
        ['dee', 'D', '2026-12-01T10:00:08Z'], // -1/3, floored at 0
      ],
    });
    playRound(store, {
      question: 2,
      rule: 'partial',
      answers: [
        ['ann', 'B', '2026-12-01T10:05:00Z'], // 1/2: ann reaches 7/6 here
        ['bob', 'B', '2026-12-01T10:05:01Z'], // 1/2
      ],
    });
    playRound(store, {
      question: 1,
      rule: 'partial',
      channelId: 'c2',
      answers: [['bob', 'A,B,D', '2026-12-01T10:10:00Z']], // 1/3: bob reaches 7/6 later
    });
    return store;
  }

  it('sums thirds and halves exactly and ranks the equal 7/6 by who reached it first', async () => {
    const store = await partialRounds();

    expect(readLeaderboard(store.db, { guildId: 'g' }, { limit: 10, offset: 0 })).toEqual([
      { rank: 1, userId: 'ann', points: 7 / 6, answered: 2, exact: 0 },
      { rank: 2, userId: 'bob', points: 7 / 6, answered: 3, exact: 0 },
      { rank: 3, userId: 'cy', points: 1, answered: 1, exact: 1 },
      { rank: 4, userId: 'dee', points: 0, answered: 1, exact: 0 },
    ]);
    expect(readStanding(store.db, { guildId: 'g' }, 'bob')?.rank).toBe(2);
    expect(readStanding(store.db, { guildId: 'g' }, 'dee')?.rank).toBe(4);
  });

  it('keeps per-bank totals equal to the server totals when there is one bank', async () => {
    const store = await partialRounds();
    const all = readLeaderboard(store.db, { guildId: 'g' }, { limit: 10, offset: 0 });
    expect(
      readLeaderboard(store.db, { guildId: 'g', bankId: store.bankId }, { limit: 10, offset: 0 }),
    ).toEqual(all);
    expect(
      readLeaderboard(store.db, { guildId: 'g', bankId: store.bankId + 1 }, { limit: 10, offset: 0 }),
    ).toEqual([]);
  });

  it('gives the same figures summed from submissions as from the running totals', async () => {
    const store = await partialRounds();
    const since = new Date('2026-12-01T00:00:00Z');
    expect(readLeaderboard(store.db, { guildId: 'g', since }, { limit: 10, offset: 0 })).toEqual(
      readLeaderboard(store.db, { guildId: 'g' }, { limit: 10, offset: 0 }),
    );
    expect(readStanding(store.db, { guildId: 'g', since }, 'bob')?.rank).toBe(2);
  });

  it('ranks members with no points by id, after everyone with points', async () => {
    const store = await sampleStore();
    playRound(store, {
      question: 6,
      answers: [
        ['zed', 'A', '2026-12-01T10:00:01Z'],
        ['amy', 'C', '2026-12-01T10:00:02Z'],
        ['kit', 'B', '2026-12-01T10:00:03Z'],
      ],
    });
    const ranks = readLeaderboard(store.db, { guildId: 'g' }, { limit: 10, offset: 0 });
    expect(ranks.map((s) => [s.rank, s.userId, s.points])).toEqual([
      [1, 'kit', 1],
      [2, 'amy', 0],
      [3, 'zed', 0],
    ]);
    expect(readStanding(store.db, { guildId: 'g' }, 'zed')?.rank).toBe(3);
  });
});

describe('leaderboard over a period', () => {
  it('counts only answers made since the period started', async () => {
    const store = await sampleStore();
    playRound(store, {
      question: 6,
      answers: [
        ['ann', 'B', '2026-12-01T14:59:00Z'],
        ['bob', 'C', '2026-12-01T14:59:30Z'],
      ],
    });
    playRound(store, { question: 1, answers: [['bob', 'A,B,C', '2026-12-01T23:30:00Z']] });

    // Midnight of 2 December in Tokyo is 15:00 UTC on 1 December.
    const tokyoToday = { guildId: 'g', since: new Date('2026-12-01T15:00:00Z') };
    expect(readLeaderboard(store.db, tokyoToday, { limit: 10, offset: 0 })).toEqual([
      { rank: 1, userId: 'bob', points: 1, answered: 1, exact: 1 },
    ]);
    expect(countRankedMembers(store.db, tokyoToday)).toBe(1);
    expect(readStanding(store.db, tokyoToday, 'ann')).toBeUndefined();
    expect(countRankedMembers(store.db, { guildId: 'g' })).toBe(2);
  });
});
