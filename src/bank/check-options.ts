import type { ProblemList } from './problems.js';

/** A Discord string select menu holds at most 25 options, so neither can a question. */
export const MAX_OPTIONS = 25;
const MIN_OPTIONS = 2;

export interface DraftOption {
  letter: string;
  text: string;
  line: number;
}

export function letterAt(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * Checks the rules every reader shares: 2 to 25 options, letters A, B, C… with no gap or
 * repeat, and no empty option. Records each problem and returns whether the options are usable.
 */
export function checkOptions(
  number: number,
  headingLine: number,
  options: readonly DraftOption[],
  problems: ProblemList,
): boolean {
  const errorCount = problems.items.length;
  const seen = new Set<string>();

  options.forEach((option, index) => {
    const previous = options[index - 1]?.letter;
    const letterProblem = seen.has(option.letter)
      ? `option ${option.letter} appears twice`
      : misplacedLetter(option.letter, previous);
    if (letterProblem) problems.error(option.line, `question ${number}: ${letterProblem}`);
    if (option.text === '')
      problems.error(option.line, `question ${number}: option ${option.letter} is empty`);
    seen.add(option.letter);
  });

  const extra = options[MAX_OPTIONS];
  if (extra) {
    problems.error(
      extra.line,
      `question ${number}: ${options.length} options; a Discord select menu holds at most ${MAX_OPTIONS}`,
    );
  }
  if (options.length < MIN_OPTIONS) {
    problems.error(
      headingLine,
      `question ${number}: needs at least ${MIN_OPTIONS} options, has ${options.length}`,
    );
  }
  return problems.items.length === errorCount;
}

function misplacedLetter(letter: string, previous: string | undefined): string | undefined {
  if (previous === undefined) return letter === 'A' ? undefined : `options start at ${letter}, not A`;

  const expected = String.fromCharCode(previous.charCodeAt(0) + 1);
  if (letter === expected) return undefined;
  if (letter > expected) return `options jump from ${previous} to ${letter}; ${expected} is missing`;
  return `option ${letter} comes after ${previous}; letters must run A, B, C…`;
}
