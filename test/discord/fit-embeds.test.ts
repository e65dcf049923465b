import { describe, expect, it } from 'vitest';
import { embedLength } from '../../src/discord/embeds/fit-embeds.js';
import { buildQuestionMessage } from '../../src/discord/embeds/question-message.js';

const closesAt = new Date('2026-12-03T18:00:00Z');
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXY'.split('');

function longQuestion(textLength: number, optionLength: number) {
  return {
    bankTitle: 'Long bank',
    number: 1,
    text: 'q'.repeat(textLength),
    options: letters.map((letter) => ({ letter, text: letter.repeat(optionLength) })),
  };
}

describe('a question too long for one Discord message', () => {
  it.each([
    [5974, 90],
    [4096 + 1700, 60],
    [9000, 90],
    [20_000, 10],
  ])(
    'with %i characters of text and options of %i stays within 6,000 and says what was cut',
    (text, option) => {
      const body = buildQuestionMessage(longQuestion(text, option), {
        id: 1,
        closesAt,
        answered: 0,
        closed: false,
      });
      const embeds = body.embeds ?? [];
      const total = embeds.reduce((n, e) => n + embedLength(e), 0);

      expect(total).toBeLessThanOrEqual(6000);
      for (const embed of embeds) expect(embed.description?.length).toBeLessThanOrEqual(4096);
      expect(embeds.at(-1)?.description).toMatch(
        /\n… \(\d+ more characters did not fit in one Discord message\)$/,
      );
      expect(embeds.at(-1)?.footer).toEqual({ text: '0 answered' });
    },
  );
});

describe('text with characters outside the basic plane', () => {
  it('counts them as Discord does, two units each, and never splits one', () => {
    const question = {
      bankTitle: 'Maths',
      number: 1,
      text: 'Let 𝑥 ∈ ℝ. '.repeat(600),
      options: [
        { letter: 'A', text: '𝑥 > 0' },
        { letter: 'B', text: '𝑥 ≤ 0' },
      ],
    };
    const body = buildQuestionMessage(question, { id: 1, closesAt, answered: 0, closed: false });
    const embeds = body.embeds ?? [];

    expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
    for (const embed of embeds) {
      expect(embed.description?.length).toBeLessThanOrEqual(4096);
      expect(embed.description).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});
