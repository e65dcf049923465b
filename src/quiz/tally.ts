import { decodeChoices } from './choices.js';
import { makeScorer, type ScoringRule } from './scoring.js';

export interface TallyOption {
  letter: string;
  isCorrect: boolean;
}

export interface TallySubmission {
  id: number;
  userId: string;
  choices: string;
}

export interface Tally {
  /** How many members chose each letter. */
  chosenBy: Map<string, number>;
  /** Members with exactly the right set, in the order they answered. */
  exactlyRight: string[];
  scores: { id: number; userId: string; points: number; isExact: boolean }[];
  answered: number;
}

/** Counts and scores a closed round's answers. Submissions come in the order they were made. */
export function tallyRound(
  options: readonly TallyOption[],
  submissions: readonly TallySubmission[],
  rule: ScoringRule,
): Tally {
  const score = makeScorer(
    options.filter((o) => o.isCorrect).map((o) => o.letter),
    rule,
  );
  const chosenBy = new Map(options.map((o) => [o.letter, 0]));
  const scores: Tally['scores'] = [];

  for (const submission of submissions) {
    const chosen = decodeChoices(submission.choices);
    for (const letter of chosen) chosenBy.set(letter, (chosenBy.get(letter) ?? 0) + 1);
    scores.push({ id: submission.id, userId: submission.userId, ...score(chosen) });
  }

  return {
    chosenBy,
    exactlyRight: scores.filter((s) => s.isExact).map((s) => s.userId),
    scores,
    answered: submissions.length,
  };
}
