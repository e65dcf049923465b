import { describe, expect, it } from 'vitest';
import { checkTimeZone, suggestTimeZones } from '../../src/schedule/time-zones.js';

describe('checkTimeZone', () => {
  it('accepts a listed zone in any case and returns its usual spelling', () => {
    expect(checkTimeZone(' europe/berlin ')).toEqual({ ok: true, zone: 'Europe/Berlin' });
    expect(checkTimeZone('UTC')).toEqual({ ok: true, zone: 'UTC' });
  });

  it('accepts an old alias the runtime still understands, as its current name', () => {
    expect(checkTimeZone('US/Eastern')).toEqual({ ok: true, zone: 'America/New_York' });
  });

  it('refuses a misspelt zone with the closest names', () => {
    expect(checkTimeZone('Europe/Berln')).toEqual({
      ok: false,
      closest: ['Europe/Berlin', 'Europe/Dublin', 'Europe/Jersey'],
    });
  });

  it('refuses a bare offset, which is not a zone and has no daylight saving', () => {
    expect(checkTimeZone('+02:00')).toMatchObject({ ok: false });
  });
});

describe('suggestTimeZones', () => {
  it('puts zones whose city starts with the typed text first, spaces read as underscores', () => {
    expect(suggestTimeZones('new y')).toEqual(['America/New_York']);
    expect(suggestTimeZones('berl')).toEqual(['Europe/Berlin']);
  });

  it('offers the closest spellings when nothing contains the text', () => {
    expect(suggestTimeZones('Tokio', 3)).toEqual(['Asia/Tokyo', 'Africa/Tunis', 'Asia/Tomsk']);
    expect(checkTimeZone('Amerika/New York')).toEqual({
      ok: false,
      closest: ['America/New_York', 'America/Dawson', 'America/Denver'],
    });
  });

  it('never offers more than Discord’s 25 choices', () => {
    expect(suggestTimeZones('')).toHaveLength(25);
    expect(suggestTimeZones('america').length).toBe(25);
  });
});
