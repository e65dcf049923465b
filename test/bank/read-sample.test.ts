import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBankBytes } from '../../src/bank/read-bank-file.js';

const sample = readFileSync(new URL('../../data/custom-loss-functions.md', import.meta.url));
const expectedSets = [
  'ABC',
  'BD',
  'BD',
  'BC',
  'AB',
  'B',
  'B',
  'B',
  'AC',
  'A',
  'ABD',
  'B',
  'C',
  'A',
  'A',
  'AB',
  'ABD',
  'ABD',
  'A',
  'ABCD',
];

describe('the sample course-quiz bank', () => {
  const bank = readBankBytes(sample, 'custom-loss-functions.md');

  it('reads all 20 questions with their correct sets and no problems', () => {
    expect(bank.title).toBe('1.2 Custom Loss Functions');
    expect(bank.problems).toEqual([]);
    expect(bank.questions.map((q) => q.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(bank.questions.map((q) => q.correct.join(''))).toEqual(expectedSets);
  });

  it('marks each option correct exactly when Correct lists it', () => {
    for (const question of bank.questions) {
      const marked = question.options.filter((o) => o.correct).map((o) => o.letter);
      expect(marked).toEqual(question.correct);
    }
  });

  it('keeps the code block of question 4 as written', () => {
    expect(bank.questions[3]?.text).toBe(
      [
        'Consider the following snippet inside a custom loss function:',
        '```python',
        'is_small_error = tf.abs(error) <= threshold',
        'return tf.where(is_small_error, small_error_loss, big_error_loss)',
        '```',
        'What does `tf.where` do in this context?',
      ].join('\n'),
    );
    expect(bank.questions[3]?.line).toBe(26);
  });

  it('keeps the formula of question 8 as written', () => {
    expect(bank.questions[7]?.text).toBe(
      [
        'The contrastive loss formula is:',
        '\\[',
        'L = Y \\times D^2 + (1 - Y) \\times \\max(\\text{margin} - D, 0)^2',
        '\\]',
        'What does the term \\(\\max(\\text{margin} - D, 0)^2\\) represent?',
      ].join('\n'),
    );
  });

  it('gives every option its note from the Answers line, without the repeated words', () => {
    const options = bank.questions.flatMap((q) => q.options);
    expect(options).toHaveLength(80);
    expect(options.every((o) => o.explanation !== '')).toBe(true);
    expect(bank.questions[0]?.options[0]).toEqual({
      letter: 'A',
      text: "Using a string identifier like `'mse'`",
      correct: true,
      explanation: 'Keras supports string aliases for common losses.',
    });
    expect(bank.questions[18]?.options[0]?.explanation).toBe(
      '\\(\\max(\\text{margin} - D, 0) = 0\\) so no penalty.',
    );
  });

  it('reads identically from a copy saved with CRLF line endings and a BOM', () => {
    const crlf = `\uFEFF${sample.toString('utf8').replace(/\n/g, '\r\n')}`;
    expect(readBankBytes(Buffer.from(crlf, 'utf8'), 'custom-loss-functions.md')).toEqual(bank);
  });
});
