import { describe, expect, it } from 'vitest';
import { readBankBytes } from '../../src/bank/read-bank-file.js';

function read(markdown: string) {
  return readBankBytes(Buffer.from(markdown, 'utf8'), 'messy.md');
}

const messy = `# Week 3 Quiz

## Study notes

#### 1. This heading is a note, not a question
A) Nor is this an option

## Questions

#### 1. Which snippet prints?   
\`\`\`text
A) not an option
1. not a question
\`\`\`
A) The first  
B) The second<br>
C) The third

#### 2. Pick the even numbers
a. Two
b. Three
c. Four

#### 3. Which is a colour?
A) Red
B) Loud

## Answers

#### 1. Which snippet prints?
A) ✅ The first (It runs first.)
B) ❌ The second — Never reached.
C) ✘ A reworded third — Also never reached.

**Correct answer:** a

#### 2. Pick the even numbers
A) ✔ Two: even.
B) ✗ Three — odd.
C) ✔️ Four — even.

**Correct answers:** A, c

#### 3. Which is the colour?
**Correct:** A
`;

describe('a messy course-quiz file', () => {
  const bank = read(messy);

  it('reads only the numbered headings under ## Questions', () => {
    expect(bank.title).toBe('Week 3 Quiz');
    expect(bank.questions.map((q) => [q.number, q.correct.join(',')])).toEqual([
      [1, 'A'],
      [2, 'A,C'],
      [3, 'A'],
    ]);
  });

  it('keeps option-like lines inside a code block as question text', () => {
    expect(bank.questions[0]?.text).toBe(
      'Which snippet prints?\n```text\nA) not an option\n1. not a question\n```',
    );
    expect(bank.questions[0]?.options.map((o) => o.text)).toEqual(['The first', 'The second', 'The third']);
  });

  it('takes notes after the repeated words, from parentheses, or the whole reworded line', () => {
    expect(bank.questions[0]?.options.map((o) => o.explanation)).toEqual([
      'It runs first.',
      'Never reached.',
      'A reworded third — Also never reached.',
    ]);
    expect(bank.questions[1]?.options.map((o) => o.explanation)).toEqual(['even.', 'odd.', 'even.']);
  });

  it('accepts an answer with only a Correct line, leaving the notes empty', () => {
    expect(bank.questions[2]?.options).toEqual([
      { letter: 'A', text: 'Red', correct: true, explanation: '' },
      { letter: 'B', text: 'Loud', correct: false, explanation: '' },
    ]);
  });

  it('reports the reworded option and question as warnings only', () => {
    expect(bank.problems).toEqual([
      {
        file: 'messy.md',
        line: 33,
        severity: 'warning',
        message: 'question 1: option C is reworded in Answers; the whole line is its note',
      },
      {
        file: 'messy.md',
        line: 44,
        severity: 'warning',
        message: 'question 3: reworded in Answers; the Questions wording is used',
      },
    ]);
  });
});

describe('an answer that disagrees with its question', () => {
  it('marking a letter the question does not have skips that question only', () => {
    const bank = read(
      '# Q\n## Questions\n#### 1. One?\nA) a\nB) b\n#### 2. Two?\nA) a\nB) b\n' +
        '## Answers\n#### 1. One?\nA) ✓ a\nC) ✗ c\n**Correct:** A\n#### 2. Two?\n**Correct:** B\n',
    );
    expect(bank.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '12: question 1: Answers mark option C, but the question has A–B',
    ]);
    expect(bank.questions.map((q) => q.number)).toEqual([2]);
  });

  it('naming a letter in Correct that is not an option points at the Correct line', () => {
    const bank = read(
      '# Q\n## Questions\n#### 1. One?\nA) a\nB) b\n## Answers\n#### 1. One?\n**Correct:** E\n',
    );
    expect(bank.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '8: question 1: Correct names E, which is not an option',
    ]);
  });

  it('missing from Answers points at the question', () => {
    const bank = read('# Q\n## Questions\n#### 1. One?\nA) a\nB) b\n## Answers\n');
    expect(bank.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: question 1: no answer in Answers',
    ]);
  });
});
