import { describe, expect, it } from 'vitest';
import { embedLength } from '../../src/discord/embeds/fit-embeds.js';
import { buildRevealMessages } from '../../src/discord/embeds/reveal-message.js';
import { tallyRound } from '../../src/quiz/tally.js';
import { sampleStore } from '../support/sample-store.js';

describe('buildRevealMessages', async () => {
  const store = await sampleStore();

  it('lists every option with its mark, note and count, then who got it right', () => {
    const question = store.question(2);
    const tally = tallyRound(
      question.options,
      [
        { id: 1, userId: '111111111111111111', choices: 'B,D' },
        { id: 2, userId: '222222222222222222', choices: 'B' },
      ],
      'exact',
    );
    const [message, ...rest] = buildRevealMessages(question, tally, '999999999999999999');

    expect(rest).toEqual([]);
    expect(message?.allowed_mentions).toEqual({ parse: [] });
    expect(message?.message_reference).toEqual({
      message_id: '999999999999999999',
      fail_if_not_exists: false,
    });
    expect(message?.embeds?.[0]?.title).toBe('Answer · 1.2 Custom Loss Functions · Question 2');
    expect(message?.embeds?.[0]?.description).toBe(
      [
        '❌ **A)** To generate predictions from input data',
        '> This is the model’s role, not the loss function.',
        '*0 members chose this*',
        '',
        '✅ **B)** To measure the difference between predicted and true values',
        '> This is the core purpose of loss.',
        '*2 members chose this*',
        '',
        '❌ **C)** To update the model’s weights directly',
        '> Optimizers update weights, not loss functions.',
        '*0 members chose this*',
        '',
        '✅ **D)** To guide the optimizer in minimizing prediction errors',
        '> Loss provides the signal for optimization.',
        '*1 member chose this*',
        '',
        '**Right answer:** B, D',
        '',
        '**Got it right (1 of 2):** <@111111111111111111>',
      ].join('\n'),
    );
  });

  it('splits a reveal too large for one message over several, each within Discord limits', () => {
    const option = (letter: string, isCorrect: boolean) => ({
      letter,
      text: `${letter} `.repeat(400),
      isCorrect,
      note: 'n'.repeat(900),
    });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXY'.split('');
    const question = {
      bankTitle: 'Big',
      number: 1,
      text: 'Q',
      options: letters.map((l, i) => option(l, i % 2 === 0)),
    };
    const tally = tallyRound(question.options, [], 'exact');
    const messages = buildRevealMessages(question, tally, '1');

    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.embeds?.length).toBeLessThanOrEqual(10);
      expect(m.embeds?.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
      for (const e of m.embeds ?? []) expect(e.description?.length).toBeLessThanOrEqual(4096);
    }
    const all = messages
      .flatMap((m) => m.embeds ?? [])
      .map((e) => e.description)
      .join('\n\n');
    for (const l of letters) expect(all).toContain(`**${l})** ${l} `);
    expect(messages.slice(1).every((m) => m.message_reference === undefined)).toBe(true);
  });

  it('names at most 40 winners and counts the rest', () => {
    const question = store.question(6);
    const submissions = Array.from({ length: 45 }, (_, i) => ({
      id: i,
      userId: `${1e17 + i}`,
      choices: 'B',
    }));
    const [message] = buildRevealMessages(question, tallyRound(question.options, submissions, 'exact'), null);
    expect(message?.embeds?.at(-1)?.description).toMatch(
      /\*\*Got it right \(45 of 45\):\*\* (<@\d+>, ){39}<@\d+> and 5 more$/,
    );
    expect(message?.message_reference).toBeUndefined();
  });
});
