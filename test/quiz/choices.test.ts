import { describe, expect, it } from 'vitest';
import { checkChoices, decodeChoices, encodeChoices } from '../../src/quiz/choices.js';

describe('choices', () => {
  it('stores one canonical text per set', () => {
    expect(encodeChoices(['C', 'A', 'C'])).toBe('A,C');
    expect(decodeChoices('A,C')).toEqual(['A', 'C']);
    expect(decodeChoices('')).toEqual([]);
  });

  it('accepts letters of the round and sorts them', () => {
    expect(checkChoices(['D', 'A'], ['A', 'B', 'C', 'D'])).toEqual({ ok: true, letters: ['A', 'D'] });
  });

  it.each([
    [[], 'no option was chosen'],
    [['A', 'A'], 'an option was chosen twice'],
    [['A', 'E'], '"E" is not an option'],
    [['A', 'B', 'C', 'D', 'E'], 'more choices than options'],
  ])('refuses %j: %s', (values, reason) => {
    expect(checkChoices(values, ['A', 'B', 'C', 'D'])).toEqual({ ok: false, reason });
  });
});
