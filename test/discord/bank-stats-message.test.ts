import { describe, expect, it } from 'vitest';
import type { QuestionStats } from '../../src/db/stats.js';
import { buildBankStatsEmbed, formatQuestionStats } from '../../src/discord/embeds/bank-stats-message.js';

const question = (number: number, overrides: Partial<QuestionStats> = {}): QuestionStats => ({
  questionId: number,
  number,
  version: 1,
  answered: 3,
  right: 1,
  wrongPicks: [],
  ...overrides,
});

describe('bank stats message', () => {
  it('names the version of an edited question and shows at most two wrong options', () => {
    const line = formatQuestionStats(
      question(4, {
        version: 2,
        wrongPicks: [
          { letter: 'A', text: 'a', members: 2 },
          { letter: 'D', text: 'd', members: 1 },
          { letter: 'C', text: 'c', members: 1 },
        ],
      }),
    );
    expect(line).toBe('**Q4 (v2)** · 1/3 right (33%) · wrong picks: A ×2, D ×1');
  });

  it('stops within 4,096 characters and counts the questions left out', () => {
    const many = Array.from({ length: 400 }, (_, i) => question(i + 1));
    const description = buildBankStatsEmbed('Bank', many).description ?? '';
    const lines = description.split('\n');

    expect(description.length).toBeLessThanOrEqual(4096);
    expect(lines.at(-1)).toBe(`…and ${400 - (lines.length - 1)} more`);
    expect(lines[0]).toBe('**Q1** · 1/3 right (33%)');
  });

  it('says when nothing was answered yet', () => {
    expect(buildBankStatsEmbed('Bank', []).description).toBe(
      'No question of this bank has been answered here yet.',
    );
  });
});
