import { describe, expect, it } from 'vitest';
import { iterateScoredSubmissions } from '../../src/db/export.js';
import {
  createSchedule,
  listSchedules,
  readActiveSchedules,
  readSchedule,
  readScheduleById,
  removeSchedule,
} from '../../src/db/schedules.js';
import { rounds } from '../../src/db/schema.js';
import { readScheduledOutcomes } from '../../src/db/stats.js';
import { countStreaks } from '../../src/quiz/streaks.js';
import { sampleStore } from '../support/sample-store.js';
import { playRound } from '../support/scored-rounds.js';

describe('removeSchedule', () => {
  it('keeps the history (rounds, streaks, the export) and leaves the schedule out of every list', async () => {
    const store = await sampleStore();
    const schedule = createSchedule(store.db, {
      guildId: 'g',
      channelId: 'c',
      time: '08:00',
      timezone: 'UTC',
      days: 'daily',
      bankId: store.bankId,
      durationSeconds: 600,
      createdBy: 'mod',
      createdAt: new Date('2026-11-30T00:00:00Z'),
    });
    // ann: right, right, wrong, right. bob: wrong, right, right, missed.
    const days: [question: number, answers: [string, string][]][] = [
      [
        6,
        [
          ['ann', 'B'],
          ['bob', 'C'],
        ],
      ],
      [
        2,
        [
          ['ann', 'B,D'],
          ['bob', 'B,D'],
        ],
      ],
      [
        3,
        [
          ['ann', 'B'],
          ['bob', 'B,D'],
        ],
      ],
      [4, [['ann', 'B,C']]],
    ];
    for (const [i, [question, answers]] of days.entries()) {
      const slotAt = `2026-12-0${i + 1}T08:00:00Z`;
      const at = `2026-12-0${i + 1}T08:01:00Z`;
      playRound(store, {
        question,
        scheduleId: schedule.id,
        slotAt,
        answers: answers.map(([u, c]) => [u, c, at]),
      });
    }
    const streaks = () => ['ann', 'bob'].map((u) => countStreaks(readScheduledOutcomes(store.db, 'g', u)));
    const scheduledColumn = () => [...iterateScoredSubmissions(store.db, 'g')].map((row) => row.scheduled);
    expect(streaks()).toEqual([
      { current: 1, best: 2 },
      { current: 0, best: 2 },
    ]);
    expect(scheduledColumn()).toEqual([1, 1, 1, 1, 1, 1, 1]);

    expect(removeSchedule(store.db, 'g', schedule.id, new Date('2026-12-05T12:00:00Z'))).toBe(true);

    expect(streaks()).toEqual([
      { current: 1, best: 2 },
      { current: 0, best: 2 },
    ]);
    expect(scheduledColumn()).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const roundSchedules = store.db.select({ scheduleId: rounds.scheduleId }).from(rounds).all();
    expect(roundSchedules.map((r) => r.scheduleId)).toEqual([
      schedule.id,
      schedule.id,
      schedule.id,
      schedule.id,
    ]);

    expect(listSchedules(store.db, 'g')).toEqual([]);
    expect(readActiveSchedules(store.db)).toEqual([]);
    expect(readSchedule(store.db, 'g', schedule.id)).toBeUndefined();
    expect(readScheduleById(store.db, schedule.id)?.removedAt).toEqual(new Date('2026-12-05T12:00:00Z'));
    expect(removeSchedule(store.db, 'g', schedule.id, new Date('2026-12-06T12:00:00Z'))).toBe(false);
  });

  it("refuses another server's schedule and leaves it running", async () => {
    const store = await sampleStore();
    const schedule = createSchedule(store.db, {
      guildId: 'other',
      channelId: 'c',
      time: '08:00',
      timezone: 'UTC',
      days: 'daily',
      bankId: null,
      durationSeconds: 600,
      createdBy: 'mod',
      createdAt: new Date('2026-11-30T00:00:00Z'),
    });

    expect(removeSchedule(store.db, 'g', schedule.id, new Date('2026-12-05T12:00:00Z'))).toBe(false);
    expect(readActiveSchedules(store.db).map((s) => s.id)).toEqual([schedule.id]);
  });
});
