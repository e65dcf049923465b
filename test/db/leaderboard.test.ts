import { describe, expect, it } from 'vitest';
import { countRankedMembers, readLeaderboard, readStanding } from '../../src/db/leaderboard.js';
import { closeRound, openRound } from '../../src/db/rounds.js';
import { readSubmissions, recordSubmission, storeScores } from '../../src/db/submissions.js';
import { tallyRound } from '../../src/quiz/tally.js';
import { sampleStore } from '../support/sample-store.js';

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
