import { describe, expect, it } from 'vitest';
import { decideSlot } from '../../src/schedule/catch-up.js';

const rule = { time: '08:00', timezone: 'Europe/Berlin', days: 'daily' as const };
const at = (text: string) => new Date(text);

describe('decideSlot: the catch-up rule', () => {
  it('waits when no slot has come yet, and names the next one', () => {
    expect(decideSlot(rule, at('2026-06-01T05:00:00Z'), at('2026-06-01T05:59:00Z'))).toEqual({
      action: 'wait',
      next: at('2026-06-01T06:00:00Z'),
    });
  });

  it('runs a slot that is 59 minutes late', () => {
    expect(decideSlot(rule, at('2026-06-01T05:00:00Z'), at('2026-06-01T06:59:00Z'))).toEqual({
      action: 'run',
      slot: at('2026-06-01T06:00:00Z'),
      missed: [],
    });
  });

  it('skips a slot that is exactly an hour late', () => {
    expect(decideSlot(rule, at('2026-06-01T05:00:00Z'), at('2026-06-01T07:00:00Z'))).toEqual({
      action: 'skip',
      slot: at('2026-06-01T06:00:00Z'),
      missed: [],
    });
  });

  it('after two days down, skips the older slot and runs today’s when it is fresh', () => {
    expect(decideSlot(rule, at('2026-05-30T07:00:00Z'), at('2026-06-01T06:10:00Z'))).toEqual({
      action: 'run',
      slot: at('2026-06-01T06:00:00Z'),
      missed: [at('2026-05-31T06:00:00Z')],
    });
  });

  it('never offers a slot at or before the handled one again', () => {
    expect(decideSlot(rule, at('2026-06-01T06:00:00Z'), at('2026-06-01T06:30:00Z'))).toEqual({
      action: 'wait',
      next: at('2026-06-02T06:00:00Z'),
    });
  });
});
