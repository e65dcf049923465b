import { describe, expect, it } from 'vitest';
import { abandonRound, closeRound, openRound } from '../../src/db/rounds.js';
import { schedules } from '../../src/db/schema.js';
import { readMemberBankTotals, readQuestionStats, readScheduledOutcomes } from '../../src/db/stats.js';
import { countStreaks } from '../../src/quiz/streaks.js';
import { sampleStore } from '../support/sample-store.js';
import { playRound } from '../support/scored-rounds.js';

type Store = Awaited<ReturnType<typeof sampleStore>>;

function addSchedule(store: Store, timezone: string): number {
  return store.db
    .insert(schedules)
    .values({
      guildId: 'g',
      channelId: 'c',
      time: '08:00',
      timezone,
      bankId: store.bankId,
      durationSeconds: 600,
      createdBy: 'mod',
      createdAt: new Date('2026-11-01T00:00:00Z'),
    })
    .returning({ id: schedules.id })
    .get().id;
}

describe('readQuestionStats', () => {
  it('lists questions hardest first with the share right and the wrong options members chose', async () => {
    const store = await sampleStore();
    // Question 1 is A,B,C: one of four right; D drew two members.
    playRound(store, {
      question: 1,
      answers: [
        ['ann', 'A,B,C', '2026-12-01T10:00:01Z'],
        ['bob', 'A,B,D', '2026-12-01T10:00:02Z'],
        ['cy', 'D', '2026-12-01T10:00:03Z'],
        ['dee', 'A,B', '2026-12-01T10:00:04Z'],
      ],
    });
    // Question 6 is B: one of three right; C drew two, A none.
    playRound(store, {
      question: 6,
      answers: [
        ['ann', 'B', '2026-12-01T11:00:01Z'],
        ['bob', 'C', '2026-12-01T11:00:02Z'],
        ['cy', 'C', '2026-12-01T11:00:03Z'],
      ],
    });
    // Another server's answers stay out.
    playRound(store, { question: 6, guildId: 'other', answers: [['eve', 'A', '2026-12-01T11:00:01Z']] });

    const stats = readQuestionStats(store.db, 'g', store.bankId);
    expect(stats.map(({ questionId: _, ...rest }) => rest)).toEqual([
      {
        number: 1,
        version: 1,
        answered: 4,
        right: 1,
        wrongPicks: [{ letter: 'D', text: 'Passing a compiled model as the loss parameter', members: 2 }],
      },
      {
        number: 6,
        version: 1,
        answered: 3,
        right: 1,
        wrongPicks: [{ letter: 'C', text: '`compile`', members: 2 }],
      },
    ]);
  });
});

describe('readScheduledOutcomes', () => {
  it("gives each closed scheduled round, missed ones as not right, in the schedule's zone", async () => {
    const store = await sampleStore();
    const scheduleId = addSchedule(store, 'Asia/Tokyo');
    const slots = ['2026-12-01T23:00:00Z', '2026-12-02T23:00:00Z', '2026-12-03T23:00:00Z'];
    playRound(store, {
      question: 6,
      scheduleId,
      slotAt: slots[0],
      answers: [['ann', 'B', '2026-12-01T23:01:00Z']],
    });
    playRound(store, {
      question: 2,
      scheduleId,
      slotAt: slots[1],
      answers: [['bob', 'B,D', '2026-12-02T23:01:00Z']],
    });
    playRound(store, {
      question: 3,
      scheduleId,
      slotAt: slots[2],
      answers: [['ann', 'B,D', '2026-12-03T23:01:00Z']],
    });
    // A /quiz round is not a scheduled question and counts for nothing here.
    playRound(store, { question: 4, answers: [['ann', 'A', '2026-12-03T12:00:00Z']] });

    const outcomes = readScheduledOutcomes(store.db, 'g', 'ann');
    expect(outcomes.map((o) => [o.slotAt.toISOString(), o.timezone, o.exact])).toEqual([
      ['2026-12-01T23:00:00.000Z', 'Asia/Tokyo', true],
      ['2026-12-02T23:00:00.000Z', 'Asia/Tokyo', false],
      ['2026-12-03T23:00:00.000Z', 'Asia/Tokyo', true],
    ]);
    expect(countStreaks(outcomes)).toEqual({ current: 1, best: 1 });
    expect(countStreaks(readScheduledOutcomes(store.db, 'g', 'bob'))).toEqual({ current: 0, best: 1 });
  });

  it('leaves out rounds still open and rounds closed without a reveal', async () => {
    const store = await sampleStore();
    const scheduleId = addSchedule(store, 'UTC');
    playRound(store, {
      question: 6,
      scheduleId,
      slotAt: '2026-12-01T08:00:00Z',
      answers: [['ann', 'B', '2026-12-01T08:01:00Z']],
    });
    const open = (slot: string, channelId: string) => {
      const opened = openRound(store.db, {
        guildId: 'g',
        channelId,
        questionId: store.question(2).id,
        startedBy: 'schedule',
        openedAt: new Date(slot),
        closesAt: new Date(Date.parse(slot) + 600_000),
        scheduleId,
        slotAt: new Date(slot),
      });
      if (!opened.ok) throw new Error('round did not open');
      return opened.round.id;
    };
    const abandoned = open('2026-12-02T08:00:00Z', 'c2');
    closeRound(store.db, abandoned, new Date('2026-12-02T08:10:00Z'));
    abandonRound(store.db, abandoned, 'channel deleted', new Date('2026-12-02T08:10:00Z'));
    open('2026-12-03T08:00:00Z', 'c3');

    const outcomes = readScheduledOutcomes(store.db, 'g', 'ann');
    expect(outcomes.map((o) => o.slotAt.toISOString())).toEqual(['2026-12-01T08:00:00.000Z']);
    expect(countStreaks(outcomes)).toEqual({ current: 1, best: 1 });
  });
});

describe('readMemberBankTotals', () => {
  it("gives a member's totals in each bank they answered in", async () => {
    const store = await sampleStore();
    playRound(store, {
      question: 1,
      rule: 'partial',
      answers: [['ann', 'A,B', '2026-12-01T10:00:01Z']],
    });
    playRound(store, { question: 6, answers: [['ann', 'B', '2026-12-01T11:00:01Z']] });

    expect(readMemberBankTotals(store.db, 'g', 'ann')).toEqual([
      { bankId: store.bankId, title: '1.2 Custom Loss Functions', answered: 2, exact: 1, points: 5 / 3 },
    ]);
    expect(readMemberBankTotals(store.db, 'g', 'nobody')).toEqual([]);
  });
});
