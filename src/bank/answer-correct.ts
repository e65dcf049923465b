import type { OptionMark } from './answer-marks.js';
import type { DraftOption } from './check-options.js';
import type { ParsedEntry } from './course-quiz-entry.js';
import type { ProblemList } from './problems.js';

const LETTER_TOKEN = /^([A-Za-z])[).]?$/;

/**
 * The right letters of one question, from its Correct line, checked against the ✓/✗ marks.
 * Without a Correct line, marks on every option are enough; anything less skips the question.
 */
export function readCorrect(
  number: number,
  options: readonly DraftOption[],
  answer: ParsedEntry,
  marks: Map<string, OptionMark>,
  problems: ProblemList,
): string[] | undefined {
  const [first, second] = answer.corrects;
  const ticked = [...marks].filter(([, mark]) => mark.right === true).map(([letter]) => letter);
  ticked.sort();

  if (second && first) {
    problems.error(
      second.line,
      `question ${number}: a second Correct line (the first is line ${first.line})`,
    );
    return undefined;
  }
  if (!first) return fromMarksAlone(number, options, answer.line, marks, ticked, problems);

  const correct = parseLetters(number, first.value, options, first.line, problems);
  if (!correct) return undefined;

  const disagrees = [...marks].some(
    ([letter, mark]) => mark.right !== undefined && mark.right !== correct.includes(letter),
  );
  if (disagrees) {
    const said = ticked.length > 0 ? ticked.join(',') : 'none';
    problems.error(
      first.line,
      `question ${number}: ✓ marks say ${said} but Correct says ${correct.join(',')}`,
    );
    return undefined;
  }
  return correct;
}

function parseLetters(
  number: number,
  value: string,
  options: readonly DraftOption[],
  line: number,
  problems: ProblemList,
): string[] | undefined {
  const letters = new Set<string>();
  for (const token of value.split(/[\s,;]+/).filter((part) => part !== '')) {
    const letter = LETTER_TOKEN.exec(token)?.[1]?.toUpperCase();
    if (!letter) {
      problems.error(line, `question ${number}: Correct lists "${token}", which is not an option letter`);
      return undefined;
    }
    if (!options.some((option) => option.letter === letter)) {
      problems.error(line, `question ${number}: Correct names ${letter}, which is not an option`);
      return undefined;
    }
    letters.add(letter);
  }

  if (letters.size === 0) {
    problems.error(line, `question ${number}: the Correct line names no option`);
    return undefined;
  }
  return [...letters].sort();
}

function fromMarksAlone(
  number: number,
  options: readonly DraftOption[],
  line: number,
  marks: Map<string, OptionMark>,
  ticked: string[],
  problems: ProblemList,
): string[] | undefined {
  const everyOptionMarked = options.every((option) => marks.get(option.letter)?.right !== undefined);
  if (everyOptionMarked && ticked.length > 0) {
    problems.warning(line, `question ${number}: no Correct line; the ✓ marks give ${ticked.join(',')}`);
    return ticked;
  }
  problems.error(line, `question ${number}: no **Correct:** line under Answers`);
  return undefined;
}
