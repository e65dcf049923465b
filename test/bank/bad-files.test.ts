import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/model.js';
import { MAX_BANK_BYTES, readBankBytes } from '../../src/bank/read-bank-file.js';

/**
 * Bad files are built here rather than kept as fixture files: a markdown formatter run over the
 * test folder would move their lines and silently change what the tests pin.
 */
function read(name: string, ...lines: string[]): Bank {
  return readBankBytes(Buffer.from(lines.join('\n'), 'utf8'), name);
}

function errorsOf(bank: Bank): string[] {
  return bank.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}`);
}

const header = ['## Tiny Quiz', '', '## Questions', ''];
const fruit = ['#### 1. Which is a fruit?', 'A) Apple', 'B) Brick'];

describe('a bank file with a problem', () => {
  it('without an Answers section imports nothing', () => {
    const bank = read('no-answers.md', ...header, ...fruit);
    expect(errorsOf(bank)).toEqual([
      'no-answers.md:3: no ## Answers section, so no question has its answers',
    ]);
    expect(bank.questions).toEqual([]);
  });

  it('whose ✓ marks disagree with its Correct line skips that question', () => {
    const bank = read(
      'marks-disagree.md',
      ...header,
      '#### 1. Which are fruits?',
      'A) Apple',
      'B) Pear',
      'C) Brick',
      'D) Plum',
      '',
      '## Answers',
      '',
      '#### 1. Which are fruits?',
      'A) ✓ Apple — A fruit.',
      'B) ✓ Pear — A fruit.',
      'C) ✗ Brick — A building block.',
      'D) ✓ Plum — A fruit.',
      '',
      '**Correct:** A,B',
    );
    expect(errorsOf(bank)).toEqual([
      'marks-disagree.md:19: question 1: ✓ marks say A,B,D but Correct says A,B',
    ]);
    expect(bank.questions).toEqual([]);
  });

  it('answering a question that does not exist still imports the real one', () => {
    const bank = read(
      'answer-without-question.md',
      ...header,
      ...fruit,
      '',
      '## Answers',
      '',
      '#### 1. Which is a fruit?',
      '**Correct:** A',
      '',
      '#### 2. Which is a stone?',
      '**Correct:** A',
    );
    expect(errorsOf(bank)).toEqual([
      'answer-without-question.md:14: question 2: answered in Answers but not asked in Questions',
    ]);
    expect(bank.questions.map((q) => q.number)).toEqual([1]);
  });

  it('using a question number twice skips that number only', () => {
    const bank = read(
      'duplicate-number.md',
      ...header,
      ...fruit,
      '#### 1. Which is a stone?',
      'A) Granite',
      'B) Bread',
      '#### 2. Which is blue?',
      'A) Sky',
      'B) Grass',
      '## Answers',
      '#### 1. Which is a fruit?',
      '**Correct:** A',
      '#### 2. Which is blue?',
      '**Correct:** A',
    );
    expect(errorsOf(bank)).toEqual([
      'duplicate-number.md:8: question 1: number used twice (first on line 5)',
    ]);
    expect(bank.questions.map((q) => q.number)).toEqual([2]);
  });

  it('skipping an option letter names the missing one', () => {
    expect(
      errorsOf(
        read('letter-gap.md', ...header, ...fruit, 'D) Stone', '## Answers', '#### 1.', '**Correct:** A'),
      ),
    ).toEqual(['letter-gap.md:8: question 1: options jump from B to D; C is missing']);
  });

  it('with 26 options points at the one past the select-menu limit', () => {
    expect(
      errorsOf(
        read(
          'too-many-options.md',
          ...header,
          '#### 1. Pick a letter',
          ...Array.from({ length: 26 }, (_, i) => `${String.fromCharCode(65 + i)}) Letter ${i + 1}`),
          '## Answers',
          '#### 1. Pick a letter',
          '**Correct:** A',
        ),
      ),
    ).toEqual(['too-many-options.md:31: question 1: 26 options; a Discord select menu holds at most 25']);
  });

  it('with an empty option points at it', () => {
    expect(
      errorsOf(
        read(
          'empty-option.md',
          ...header,
          '#### 1. Which is a fruit?',
          'A) Apple',
          'B)  ',
          'C) Stone',
          '## Answers',
          '#### 1. Which is a fruit?',
          '**Correct:** A',
        ),
      ),
    ).toEqual(['empty-option.md:7: question 1: option B is empty']);
  });

  it('marking one option both ✗ and ✓ in one answer skips the question', () => {
    const bank = read(
      'opposite-marks.md',
      ...header,
      ...fruit,
      '',
      '## Answers',
      '',
      '#### 1. Which is a fruit?',
      'A) ✓ Apple — A fruit.',
      'B) ✗ Brick — Not food.',
      'B) ✓ Brick — Changed my mind.',
      '',
      '**Correct:** A',
    );
    expect(errorsOf(bank)).toEqual([
      'opposite-marks.md:14: question 1: option B is marked ✗ on line 13 and ✓ on line 14',
    ]);
    expect(bank.questions).toEqual([]);
  });
});

describe('a file that is not a bank at all', () => {
  it('holding NUL bytes is binary, reported on the line of the first one', () => {
    const bank = readBankBytes(Buffer.from('## Quiz\n\nabc\0def\n'), 'image.md');
    expect(errorsOf(bank)).toEqual(['image.md:3: binary file: NUL byte found; a bank must be text']);
    expect(bank.questions).toEqual([]);
  });

  it('in Latin-1 rather than UTF-8 names the first bad line', () => {
    const bank = readBankBytes(Buffer.from('## Quiz\n\n## Questions\n#### 1. Café?\n', 'latin1'), 'latin.md');
    expect(errorsOf(bank)).toEqual(['latin.md:4: not UTF-8 text: save the file as UTF-8']);
  });

  it('over 1 MiB is refused before reading', () => {
    const bank = readBankBytes(new Uint8Array(MAX_BANK_BYTES + 1).fill(0x61), 'huge.md');
    expect(errorsOf(bank)).toEqual([
      'huge.md:1: file is 1,048,577 bytes; a bank file may be at most 1 MiB (1,048,576 bytes)',
    ]);
  });

  it('with no questions at all says so', () => {
    const bank = readBankBytes(Buffer.from('# Notes\n\nNothing here.\n'), 'notes.md');
    expect(errorsOf(bank)).toEqual(['notes.md:1: no questions: the file has no ## Questions section']);
  });

  it('with an empty Questions section points at it', () => {
    const bank = readBankBytes(Buffer.from('# Quiz\n\n## Questions\n\n## Answers\n'), 'empty.md');
    expect(errorsOf(bank)).toEqual(['empty.md:3: no questions: ## Questions holds no `#### 1. …` headings']);
  });
});
