export type ScoringRule = 'exact' | 'partial';

export interface Score {
  points: number;
  isExact: boolean;
}

/**
 * Scores one multi-select answer.
 *
 * - `exact`: one point for exactly the right set, nothing otherwise.
 * - `partial`: with k right options, each right choice earns 1/k and each wrong choice takes
 *   1/k away, never below zero (the partial-credit rule of Canvas and Moodle multiple-answer
 *   questions). Choosing everything therefore earns nothing more than choosing nothing.
 */
export function scoreAnswer(correct: readonly string[], chosen: readonly string[], rule: ScoringRule): Score {
  return makeScorer(correct, rule)(chosen);
}

/** `scoreAnswer` for one question and rule, built once to score a whole round's answers. */
export function makeScorer(
  correct: readonly string[],
  rule: ScoringRule,
): (chosen: readonly string[]) => Score {
  const right = new Set(correct);
  const k = right.size;

  return (chosen) => {
    const picked = new Set(chosen);
    let hits = 0;
    for (const letter of picked) if (right.has(letter)) hits++;
    const misses = picked.size - hits;
    const isExact = misses === 0 && hits === k;

    if (rule === 'exact') return { points: isExact ? 1 : 0, isExact };
    if (k === 0) return { points: 0, isExact };
    return { points: Math.max(0, (hits - misses) / k), isExact };
  };
}
