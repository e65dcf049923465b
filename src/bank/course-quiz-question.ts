import { readCorrect } from './answer-correct.js';
import { readMarks } from './answer-marks.js';
import { checkOptions, type DraftOption } from './check-options.js';
import type { ParsedEntry } from './course-quiz-entry.js';
import { wordingKey } from './markdown.js';
import type { BankQuestion } from './model.js';
import type { ProblemList } from './problems.js';

/**
 * Joins a question with its answer: options by letter, never by wording, since real files
 * reword between the two sections. Returns undefined, with the reasons recorded, when the
 * question cannot be asked as written.
 */
export function buildQuestion(
  question: ParsedEntry,
  answer: ParsedEntry,
  problems: ProblemList,
): BankQuestion | undefined {
  const { number } = question;
  const options: DraftOption[] = question.options.map(({ letter, rest, line }) => ({
    letter,
    text: rest,
    line,
  }));

  warnStray(question, 'Questions', problems);
  warnStray(answer, 'Answers', problems);
  if (!checkOptions(number, question.line, options, problems)) return undefined;

  if (isReworded(question.text, answer.text)) {
    problems.warning(answer.line, `question ${number}: reworded in Answers; the Questions wording is used`);
  }

  const marks = readMarks(number, options, answer, problems);
  const correct = marks && readCorrect(number, options, answer, marks, problems);
  if (!marks || !correct) return undefined;

  return {
    number,
    text: question.text,
    line: question.line,
    correct,
    options: options.map(({ letter, text }) => ({
      letter,
      text,
      correct: correct.includes(letter),
      explanation: marks.get(letter)?.note ?? '',
    })),
  };
}

/** Answers may repeat the whole question or just its heading line; either is a faithful copy. */
function isReworded(asked: string, repeated: string): boolean {
  const key = wordingKey(repeated);
  return key !== '' && key !== wordingKey(asked) && key !== wordingKey(asked.split('\n')[0] ?? '');
}

function warnStray(entry: ParsedEntry, section: string, problems: ProblemList): void {
  for (const line of entry.stray) {
    problems.warning(line, `question ${entry.number}: text after the options in ${section} is left out`);
  }
}
