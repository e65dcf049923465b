import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../src/quiz/scoring.js';

// Sample bank question 1: the right set is A, B, C.
const q1 = ['A', 'B', 'C'];

describe('scoreAnswer', () => {
  it('gives one point for the exact set under both rules', () => {
    expect(scoreAnswer(q1, ['C', 'A', 'B'], 'exact')).toEqual({ points: 1, isExact: true });
    expect(scoreAnswer(q1, ['A', 'B', 'C'], 'partial')).toEqual({ points: 1, isExact: true });
  });

  it('scores A,B as 0 under exact and 2/3 under partial', () => {
    expect(scoreAnswer(q1, ['A', 'B'], 'exact')).toEqual({ points: 0, isExact: false });
    expect(scoreAnswer(q1, ['A', 'B'], 'partial').points).toBeCloseTo(2 / 3, 12);
  });

  it('scores A,B,D as 1/3 under partial: two right, one wrong', () => {
    expect(scoreAnswer(q1, ['A', 'B', 'D'], 'partial').points).toBeCloseTo(1 / 3, 12);
  });

  it('never goes below zero under partial', () => {
    expect(scoreAnswer(['B'], ['A', 'C', 'D'], 'partial')).toEqual({ points: 0, isExact: false });
  });

  it('gives nothing extra for choosing every option', () => {
    expect(scoreAnswer(['A', 'B', 'C', 'D'], ['A', 'B', 'C', 'D'], 'partial').points).toBe(1);
    expect(scoreAnswer(['A'], ['A', 'B', 'C', 'D'], 'partial').points).toBe(0);
  });
});
