import { describe, expect, it } from 'vitest';
import { slotsAfter } from '../../src/schedule/slots.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('slotsAfter', () => {
  it('runs a 02:30 Europe/Berlin schedule once on the spring-forward day, at 03:00 CEST (01:00 UTC)', () => {
    const rule = { time: '02:30', timezone: 'Europe/Berlin', days: 'daily' as const };
    expect(iso(slotsAfter(rule, new Date('2026-03-27T12:00:00Z'), 3))).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:00:00.000Z', // 02:30 does not exist: 03:00 CEST, the first minute after the gap
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
  });

  it('runs a 01:30 America/New_York schedule once on the fall-back day, at the first 01:30 (EDT)', () => {
    const rule = { time: '01:30', timezone: 'America/New_York', days: 'daily' as const };
    expect(iso(slotsAfter(rule, new Date('2026-10-31T12:00:00Z'), 3))).toEqual([
      '2026-11-01T05:30:00.000Z', // 01:30 EDT; the repeated 01:30 EST (06:30 UTC) is not a second run
      '2026-11-02T06:30:00.000Z',
      '2026-11-03T06:30:00.000Z',
    ]);
  });

  it('counts weekdays in the schedule zone: Friday 09:00 in Tokyo is Friday 00:00 UTC, then Monday', () => {
    const rule = { time: '09:00', timezone: 'Asia/Tokyo', days: 'weekdays' as const };
    expect(iso(slotsAfter(rule, new Date('2026-01-01T12:00:00Z'), 3))).toEqual([
      '2026-01-02T00:00:00.000Z',
      '2026-01-05T00:00:00.000Z',
      '2026-01-06T00:00:00.000Z',
    ]);
  });

  it('never returns the instant it starts from', () => {
    const rule = { time: '08:00', timezone: 'UTC', days: 'daily' as const };
    expect(iso(slotsAfter(rule, new Date('2026-05-04T08:00:00Z'), 1))).toEqual(['2026-05-05T08:00:00.000Z']);
  });
});
