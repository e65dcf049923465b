import { markSymbol, readAnswerLine } from './answer-line.js';
import type { DraftOption } from './check-options.js';
import type { ParsedEntry } from './course-quiz-entry.js';
import type { ProblemList } from './problems.js';

export interface OptionMark {
  right: boolean | undefined;
  note: string;
  line: number;
}

/**
 * Reads the ✓/✗ lines of one answer, matched to the question's options by letter only. Returns
 * undefined when the marks contradict the question (an unknown letter, one letter marked both
 * ways); rewording and gaps are only warnings.
 */
export function readMarks(
  number: number,
  options: readonly DraftOption[],
  answer: ParsedEntry,
  problems: ProblemList,
): Map<string, OptionMark> | undefined {
  const byLetter = new Map(options.map((option) => [option.letter, option]));
  const marks = new Map<string, OptionMark>();
  let usable = true;

  for (const { letter, rest, line } of answer.options) {
    const option = byLetter.get(letter);
    if (!option) {
      const range = `${options[0]?.letter}–${options.at(-1)?.letter}`;
      problems.error(
        line,
        `question ${number}: Answers mark option ${letter}, but the question has ${range}`,
      );
      usable = false;
      continue;
    }

    const read = readAnswerLine(rest, option.text);
    const earlier = marks.get(letter);
    if (earlier) {
      usable = checkRepeat(number, letter, earlier, read.right, line, problems) && usable;
      continue;
    }

    if (read.right === undefined)
      problems.warning(line, `question ${number}: option ${letter} has no ✓ or ✗ mark`);
    if (!read.repeated && read.note !== '') {
      problems.warning(
        line,
        `question ${number}: option ${letter} is reworded in Answers; the whole line is its note`,
      );
    }
    marks.set(letter, { right: read.right, note: read.note, line });
  }

  if (usable) warnUnmentioned(number, options, marks, answer.line, problems);
  return usable ? marks : undefined;
}

function checkRepeat(
  number: number,
  letter: string,
  earlier: OptionMark,
  right: boolean | undefined,
  line: number,
  problems: ProblemList,
): boolean {
  if (earlier.right !== undefined && right !== undefined && earlier.right !== right) {
    const marked = `${markSymbol(earlier.right)} on line ${earlier.line} and ${markSymbol(right)} on line ${line}`;
    problems.error(line, `question ${number}: option ${letter} is marked ${marked}`);
    return false;
  }
  problems.warning(
    line,
    `question ${number}: option ${letter} is listed twice in Answers; line ${earlier.line} is used`,
  );
  return true;
}

/** An answer with only a Correct line is fine; one that notes some options but not all is odd. */
function warnUnmentioned(
  number: number,
  options: readonly DraftOption[],
  marks: Map<string, OptionMark>,
  line: number,
  problems: ProblemList,
): void {
  const missing = options.filter((option) => !marks.has(option.letter)).map((option) => option.letter);
  if (marks.size > 0 && missing.length > 0) {
    problems.warning(line, `question ${number}: Answers say nothing about ${missing.join(', ')}`);
  }
}
