import { describe, expect, it } from 'vitest';
import { periodStart } from '../../src/quiz/periods.js';

// 2 December 2026 is a Wednesday; at 02:00 UTC it is already 11:00 that day in Tokyo.
const now = new Date('2026-12-02T02:00:00Z');

describe('periodStart', () => {
  it("starts today at the server's midnight: Tokyo's 2 December began at 15:00 UTC the day before", () => {
    expect(periodStart('today', now, 'Asia/Tokyo')).toEqual(new Date('2026-12-01T15:00:00Z'));
    expect(periodStart('today', now, 'UTC')).toEqual(new Date('2026-12-02T00:00:00Z'));
  });

  it('starts a week on Monday, local midnight', () => {
    expect(periodStart('week', now, 'Asia/Tokyo')).toEqual(new Date('2026-11-29T15:00:00Z'));
    expect(periodStart('week', now, 'UTC')).toEqual(new Date('2026-11-30T00:00:00Z'));
  });

  it('starts a month on the first, local midnight', () => {
    expect(periodStart('month', now, 'Asia/Tokyo')).toEqual(new Date('2026-11-30T15:00:00Z'));
    // New York is behind UTC: at 02:00 UTC on 2 December it is still 1 December there.
    expect(periodStart('month', now, 'America/New_York')).toEqual(new Date('2026-12-01T05:00:00Z'));
  });

  it('follows a daylight-saving change: Berlin midnight on 29 March 2026 is 23:00 UTC the day before', () => {
    const afterChange = new Date('2026-03-29T12:00:00Z');
    expect(periodStart('today', afterChange, 'Europe/Berlin')).toEqual(new Date('2026-03-28T23:00:00Z'));
  });

  it('has no start for all, and reads an unknown zone as UTC', () => {
    expect(periodStart('all', now, 'Asia/Tokyo')).toBeUndefined();
    expect(periodStart('today', now, 'Mars/Olympus')).toEqual(new Date('2026-12-02T00:00:00Z'));
  });
});
