import { describe, expect, it } from 'vitest';
import { pickQuestion } from '../../src/quiz/pick-question.js';

const candidates = [1, 2, 3, 4].map((number) => ({ id: number * 10, number }));

describe('pickQuestion', () => {
  it('only picks among the questions asked the fewest times', () => {
    const asked = new Map([
      [1, 1],
      [2, 1],
      [4, 1],
    ]);
    expect(pickQuestion(candidates, asked, () => 0.99)).toEqual({ id: 30, number: 3 });
  });

  it('starts a new pass once every question was asked', () => {
    const asked = new Map(candidates.map((c) => [c.number, 1]));
    expect(pickQuestion(candidates, asked, () => 0)).toEqual({ id: 10, number: 1 });
    expect(pickQuestion(candidates, asked, () => 0.99)).toEqual({ id: 40, number: 4 });
  });

  it('returns undefined for an empty bank', () => {
    expect(pickQuestion([], new Map())).toBeUndefined();
  });
});
