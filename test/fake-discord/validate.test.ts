import { describe, expect, it } from 'vitest';
import { validateCallback } from './validate-callback.js';
import { validateCommands } from './validate-commands.js';
import { validateMessage } from './validate-message.js';

const option = (value: string) => ({ label: value, value });
const selectRow = (select: Record<string, unknown>) => ({
  type: 1,
  components: [{ type: 3, custom_id: 'answer', options: [option('A'), option('B')], ...select }],
});

describe('validateMessage', () => {
  it('accepts a message at every limit', () => {
    const embed = {
      title: 't'.repeat(256),
      description: 'd'.repeat(1000),
      fields: [{ name: 'n', value: 'v' }],
    };
    expect(validateMessage({ content: 'c'.repeat(2000), embeds: [embed] }).empty).toBe(true);
  });

  it('refuses content past 2000, an 11th embed and 6000 embed characters in all', () => {
    const errors = validateMessage({
      content: 'c'.repeat(2001),
      embeds: Array.from({ length: 11 }, () => ({ description: 'd'.repeat(600) })),
    });
    expect(Object.keys(errors.tree)).toEqual(['content', 'embeds']);
    expect(errors.tree.embeds).toMatchObject({
      _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }, { code: 'MAX_EMBED_SIZE_EXCEEDED' }],
    });
  });

  it('refuses a select whose max_values exceeds its options, and a sixth row', () => {
    const rows = [
      selectRow({ max_values: 3 }),
      ...Array.from({ length: 5 }, () => selectRow({ custom_id: 'x' })),
    ];
    const errors = validateMessage({ components: rows });
    expect(errors.tree.components).toMatchObject({
      _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }],
      0: { components: { 0: { max_values: { _errors: [{ code: 'BASE_TYPE_BAD_INT' }] } } } },
    });
  });

  it('refuses select options, placeholders and button labels past their lengths', () => {
    const errors = validateMessage({
      components: [
        selectRow({ placeholder: 'p'.repeat(151), options: [option('v'.repeat(101))] }),
        { type: 1, components: [{ type: 2, style: 1, custom_id: 'go', label: 'l'.repeat(81) }] },
      ],
    });
    expect(errors.tree).toMatchObject({
      components: {
        0: { components: { 0: { placeholder: {}, options: { 0: { label: {}, value: {} } } } } },
        1: { components: { 0: { label: {} } } },
      },
    });
  });
});

describe('validateCommands and validateCallback', () => {
  it('refuses upper-case names, long descriptions and mixed subcommands', () => {
    const errors = validateCommands([
      { name: 'Quiz', description: 'd'.repeat(101) },
      {
        name: 'bank',
        description: 'Banks',
        options: [
          { type: 1, name: 'list', description: 'l' },
          { type: 3, name: 'q', description: 'q' },
        ],
      },
    ]);
    expect(errors.tree).toMatchObject({ 0: { name: {}, description: {} }, 1: { options: {} } });
  });

  it('files message limits of a reply under data and caps autocomplete at 25 choices', () => {
    expect(validateCallback({ type: 4, data: { content: 'c'.repeat(2001) } }).tree).toMatchObject({
      data: { content: {} },
    });
    const choices = Array.from({ length: 26 }, (_, index) => ({ name: `c${index}`, value: `${index}` }));
    expect(validateCallback({ type: 8, data: { choices } }).tree).toMatchObject({ data: { choices: {} } });
  });
});
