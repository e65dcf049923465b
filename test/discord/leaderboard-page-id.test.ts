import { describe, expect, it } from 'vitest';
import {
  leaderboardPageId,
  parseLeaderboardPageId,
} from '../../src/discord/components/leaderboard-page-id.js';

describe('leaderboard button ids', () => {
  it('round-trips a view and stays far inside the 100-character limit', () => {
    const view = { period: 'week' as const, bankId: 12, page: 3, invokerId: '12345678901234567890' };
    const id = leaderboardPageId(view);
    expect(id).toBe('lb:week:12:3:12345678901234567890');
    expect(parseLeaderboardPageId(id)).toEqual(view);
    expect(
      leaderboardPageId({ ...view, period: 'month', bankId: Number.MAX_SAFE_INTEGER, page: 999_999 }).length,
    ).toBeLessThan(100);
  });

  it('refuses forged or malformed ids', () => {
    for (const id of [
      'lb:year:0:0:1',
      'lb:all:-1:0:1',
      'lb:all:0:01:1',
      'lb:all:0:0:',
      'lb:all:0:0:1:2',
      'answer:1',
    ]) {
      expect(parseLeaderboardPageId(id)).toBeUndefined();
    }
  });
});
