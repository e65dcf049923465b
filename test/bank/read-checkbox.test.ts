import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBankBytes } from '../../src/bank/read-bank-file.js';

const path = new URL('../../../shared/banks/public/checkbox-machine-learning-quiz.md', import.meta.url);
const file = 'checkbox-machine-learning-quiz.md';

describe('the public checkbox-format machine-learning quiz', () => {
  const bank = readBankBytes(readFileSync(path), file);
  const question = (number: number) => bank.questions.find((q) => q.number === number);

  it('is read by the checkbox reader, with the ticked option as the answer', () => {
    expect(bank.title).toBe('Machine Learning');
    expect(question(1)?.options).toHaveLength(4);
    expect(question(1)?.correct).toEqual(['B']);
    expect(question(1)?.options[1]).toEqual({
      letter: 'B',
      text: 'linear regression and scatter plots',
      correct: true,
      explanation: '',
    });
  });

  it('reads 124 of its 135 questions and names each one it skips', () => {
    expect(bank.questions).toHaveLength(124);
    expect(bank.problems[0]).toEqual({
      file,
      line: 923,
      severity: 'error',
      message: 'question 118: number used twice (first on line 916)',
    });
    expect(bank.problems.slice(1).map((p) => `${p.line}: ${p.message}`)).toEqual(
      [993, 1005, 1017, 1029, 1041, 1053, 1065, 1077, 1089].map(
        (line, i) => `${line}: question ${127 + i}: no \`- [ ]\` / \`- [x]\` options`,
      ),
    );
  });

  it('keeps an image in the question text and the explanation as the right option’s note', () => {
    expect(question(10)?.text).toBe(
      'What does this image illustrate?\n\n![Machine Learning Q10](images/machine-learning_Q10.jpg)',
    );
    expect(question(126)?.correct).toEqual(['D']);
    expect(question(126)?.options[3]?.explanation).toBe(
      'All of the above techniques are different ways of imputing the missing values.',
    );
    expect(question(126)?.options[0]?.explanation).toBe('');
  });
});
