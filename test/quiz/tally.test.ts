import { describe, expect, it } from 'vitest';
import { tallyRound } from '../../src/quiz/tally.js';

const options = [
  { letter: 'A', isCorrect: true },
  { letter: 'B', isCorrect: true },
  { letter: 'C', isCorrect: true },
  { letter: 'D', isCorrect: false },
];

describe('tallyRound', () => {
  it('counts each option, lists the exact answers in order and scores by the rule', () => {
    const tally = tallyRound(
      options,
      [
        { id: 1, userId: 'ann', choices: 'A,B,C' },
        { id: 2, userId: 'bob', choices: 'A,B' },
        { id: 3, userId: 'cy', choices: 'D' },
      ],
      'partial',
    );

    expect(Object.fromEntries(tally.chosenBy)).toEqual({ A: 2, B: 2, C: 1, D: 1 });
    expect(tally.exactlyRight).toEqual(['ann']);
    expect(tally.answered).toBe(3);
    expect(tally.scores.map((s) => [s.userId, Number(s.points.toFixed(4)), s.isExact])).toEqual([
      ['ann', 1, true],
      ['bob', 0.6667, false],
      ['cy', 0, false],
    ]);
  });
});
