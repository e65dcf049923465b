import { describe, expect, it } from 'vitest';
import { buildQuestionMessage } from '../../src/discord/embeds/question-message.js';
import { selectMenuOf } from '../support/payload.js';
import { SAMPLE_Q1_MENU_OPTIONS, sampleStore } from '../support/sample-store.js';

const closesAt = new Date('2026-12-03T18:00:00Z');
const when = closesAt.getTime() / 1000;

describe('buildQuestionMessage', async () => {
  const store = await sampleStore();

  it('puts the question and every full option in the embed and one menu entry per option', () => {
    const body = buildQuestionMessage(store.question(1), { id: 7, closesAt, answered: 0, closed: false });

    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds?.[0]?.title).toBe('1.2 Custom Loss Functions · Question 1');
    expect(body.embeds?.[0]?.description).toBe(
      [
        'Which of the following are valid ways to specify a loss function in `model.compile()` in Keras?',
        '',
        "**A)** Using a string identifier like `'mse'`",
        '**B)** Passing a built-in loss function imported from `tensorflow.keras.losses`',
        '**C)** Passing a custom Python function that takes `(y_true, y_pred)` as arguments',
        '**D)** Passing a compiled model as the loss parameter',
        '',
        `Closes <t:${when}:R> (<t:${when}:t>).`,
      ].join('\n'),
    );
    expect(body.embeds?.[0]?.footer).toEqual({ text: '0 answered' });
    expect(body.components).toEqual([
      {
        type: 1,
        components: [
          {
            type: 3,
            custom_id: 'answer:7',
            placeholder: 'Choose every option you think is right',
            min_values: 1,
            max_values: 4,
            disabled: false,
            options: SAMPLE_Q1_MENU_OPTIONS,
          },
        ],
      },
    ]);
  });

  it('keeps question 4 code block as a fenced block', () => {
    const body = buildQuestionMessage(store.question(4), { id: 1, closesAt, answered: 0, closed: false });
    expect(body.embeds?.[0]?.description).toContain(
      '```python\nis_small_error = tf.abs(error) <= threshold\nreturn tf.where(is_small_error, small_error_loss, big_error_loss)\n```',
    );
  });

  it('turns question 8 LaTeX into readable text', () => {
    const description = buildQuestionMessage(store.question(8), {
      id: 1,
      closesAt,
      answered: 0,
      closed: false,
    }).embeds?.[0]?.description;
    expect(description).toContain('```\nL = Y × D² + (1 − Y) × max(margin − D, 0)²\n```');
    expect(description).toContain('What does the term `max(margin − D, 0)²` represent?');
    expect(description).not.toContain('\\text');
  });

  it('disables the menu and shows the count once closed', () => {
    const body = buildQuestionMessage(store.question(6), { id: 3, closesAt, answered: 12, closed: true });
    const select = selectMenuOf(body);
    expect(select).toMatchObject({ disabled: true, placeholder: 'This round is closed', max_values: 4 });
    expect(body.embeds?.[0]?.footer).toEqual({ text: '12 answered' });
    expect(body.embeds?.[0]?.description).toContain(`Closed <t:${when}:R>.`);
  });

  it('shortens a long option label to 100 characters but keeps the full text in the embed', () => {
    const long = 'x'.repeat(300);
    const question = {
      bankTitle: 'T',
      number: 1,
      text: 'Q?',
      options: [
        { letter: 'A', text: long },
        { letter: 'B', text: 'b' },
      ],
    };
    const body = buildQuestionMessage(question, { id: 1, closesAt, answered: 0, closed: false });
    const label = selectMenuOf(body).options[0]?.label;
    expect(label).toHaveLength(100);
    expect(label?.endsWith('…')).toBe(true);
    expect(body.embeds?.[0]?.description).toContain(long);
  });
});
