import type { Root } from 'mdast';
import { parseEntry } from './course-quiz-entry.js';
import { layOutCourseQuiz } from './course-quiz-layout.js';
import { buildQuestion } from './course-quiz-question.js';
import type { Bank, BankQuestion } from './model.js';
import { ProblemList } from './problems.js';
import { slugOf } from './slug.js';
import { indexByNumber } from './unique-numbers.js';

/**
 * The course-quiz format: a title line, `## Questions` with `#### N. text` and `A) …` options,
 * then `## Answers` repeating each question with ✓/✗ notes and a `**Correct:** A,C` line.
 */
export function readCourseQuiz(root: Root, source: string, file: string): Bank {
  const problems = new ProblemList(file);
  const layout = layOutCourseQuiz(root, source);
  const title = layout.title?.text ?? slugOf(file);
  const wholeFileError = (line: number, message: string): Bank => {
    problems.error(line, message);
    return { file, title, questions: [], problems: problems.items };
  };

  if (layout.questions.length === 0) {
    return layout.questionsLine === undefined
      ? wholeFileError(1, 'no questions: the file has no ## Questions section')
      : wholeFileError(layout.questionsLine, 'no questions: ## Questions holds no `#### 1. …` headings');
  }
  if (layout.answersLine === undefined) {
    return wholeFileError(layout.questionsLine ?? 1, 'no ## Answers section, so no question has its answers');
  }
  if (!layout.title) problems.warning(1, `no title line; the file name "${title}" is used`);

  const questions = indexByNumber(layout.questions.map(parseEntry), '', problems);
  const answers = indexByNumber(layout.answers.map(parseEntry), ' in Answers', problems);
  for (const [number, answer] of answers) {
    if (answer && !questions.has(number)) {
      problems.error(answer.line, `question ${number}: answered in Answers but not asked in Questions`);
    }
  }

  const read: BankQuestion[] = [];
  for (const [number, question] of questions) {
    const answer = answers.get(number);
    if (question && answer === undefined)
      problems.error(question.line, `question ${number}: no answer in Answers`);

    const built = question && answer && buildQuestion(question, answer, problems);
    if (built) read.push(built);
  }

  problems.items.sort((a, b) => a.line - b.line);
  return { file, title, questions: read, problems: problems.items };
}
