import { describe, expect, it } from 'vitest';
import { slugOf } from '../../src/bank/slug.js';

describe('slugOf', () => {
  it('is the file name without its extension', () => {
    expect(slugOf('data/custom-loss-functions.md')).toBe('custom-loss-functions');
  });

  it('keeps long names within Discord autocomplete values, distinct by a hash of the full name', () => {
    const a = slugOf(`${'s'.repeat(120)}-a.md`);
    const b = slugOf(`${'s'.repeat(120)}-b.md`);

    expect(a).toHaveLength(100);
    expect(a).toMatch(/^s{91}-[0-9a-f]{8}$/);
    expect(slugOf(`${'s'.repeat(100)}.md`)).toBe('s'.repeat(100));
    expect(a).not.toBe(b);
    expect(slugOf(`${'s'.repeat(120)}-a.md`)).toBe(a);
  });
});
