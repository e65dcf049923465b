import { DiscordAPIError, type REST } from '@discordjs/rest';
import Database from 'better-sqlite3';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setBankHidden } from '../../src/db/banks.js';
import { closeRound, openRound } from '../../src/db/rounds.js';
import {
  createSchedule,
  type NewSchedule,
  readScheduleById,
  removeSchedule,
} from '../../src/db/schedules.js';
import { rounds } from '../../src/db/schema.js';
import type { BotContext } from '../../src/discord/context.js';
import { AnswerCounter } from '../../src/discord/rounds/answer-counter.js';
import { RevealTimers } from '../../src/quiz/reveal-timers.js';
import { runSlot } from '../../src/schedule/run-slot.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { sampleStore } from '../support/sample-store.js';

const HOUR = 3_600_000;

/** A bot context on a fresh database whose Discord accepts every post, with a fake clock. */
async function fakeBot(start: string, post: () => unknown = () => ({ id: `m${Date.now()}` })) {
  vi.useFakeTimers({ now: new Date(start) });
  const store = await sampleStore();
  const logs: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const rest = { post: vi.fn(async () => post()), patch: vi.fn(async () => ({})) } as unknown as REST;
  const ctx = {
    db: store.db,
    rest,
    log,
    now: () => new Date(),
    timers: new RevealTimers(() => undefined),
    counter: new AnswerCounter({ db: store.db, rest, log }),
  } as Omit<BotContext, 'scheduler'> as BotContext;
  const newScheduler = () =>
    new Scheduler({ db: store.db, log, now: ctx.now, run: (s, slot) => runSlot(ctx, s, slot) });
  ctx.scheduler = newScheduler();
  const addSchedule = (values: Partial<NewSchedule>) =>
    createSchedule(store.db, {
      guildId: 'g1',
      channelId: 'c1',
      time: '08:00',
      timezone: 'UTC',
      days: 'daily',
      bankId: store.bankId,
      durationSeconds: 600,
      createdBy: 'mod',
      createdAt: new Date(),
      ...values,
    });
  const roundRows = () => store.db.select().from(rounds).all();
  return { store, ctx, logs, rest, newScheduler, addSchedule, roundRows };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Scheduler on a fake clock', () => {
  it('posts a 02:30 Europe/Berlin schedule once on 2026-03-29, at 01:00 UTC (03:00 CEST)', async () => {
    const bot = await fakeBot('2026-03-28T23:00:00Z'); // midnight in Berlin
    const schedule = bot.addSchedule({ time: '02:30', timezone: 'Europe/Berlin' });
    await bot.ctx.scheduler.start();

    await vi.advanceTimersByTimeAsync(23 * HOUR); // to midnight of the next Berlin day (CEST)
    await bot.ctx.scheduler.stop();

    expect(
      bot.roundRows().map((r) => [r.scheduleId, r.slotAt?.toISOString(), r.openedAt.toISOString()]),
    ).toEqual([[schedule.id, '2026-03-29T01:00:00.000Z', '2026-03-29T01:00:00.000Z']]);
  });

  it('posts a 01:30 America/New_York schedule once on 2026-11-01, at the first 01:30 (05:30 UTC)', async () => {
    const bot = await fakeBot('2026-11-01T04:00:00Z'); // midnight EDT
    const schedule = bot.addSchedule({ time: '01:30', timezone: 'America/New_York' });
    await bot.ctx.scheduler.start();

    await vi.advanceTimersByTimeAsync(25 * HOUR); // to midnight EST of the next day
    await bot.ctx.scheduler.stop();

    expect(
      bot.roundRows().map((r) => [r.scheduleId, r.slotAt?.toISOString(), r.openedAt.toISOString()]),
    ).toEqual([[schedule.id, '2026-11-01T05:30:00.000Z', '2026-11-01T05:30:00.000Z']]);
  });

  it('posts a run missed while down once at start when it is 59 minutes late, even across restarts', async () => {
    const bot = await fakeBot('2026-06-01T07:00:00Z');
    const schedule = bot.addSchedule({ createdAt: new Date('2026-05-31T12:00:00Z') });
    vi.setSystemTime(new Date('2026-06-01T08:59:00Z'));

    await bot.ctx.scheduler.start();
    await bot.ctx.scheduler.stop();
    const again = bot.newScheduler(); // the restarted bot
    await again.start();
    await again.stop();

    expect(bot.roundRows().map((r) => [r.scheduleId, r.slotAt?.toISOString()])).toEqual([
      [schedule.id, '2026-06-01T08:00:00.000Z'],
    ]);
    expect(readScheduleById(bot.store.db, schedule.id)?.lastSlotAt).toEqual(new Date('2026-06-01T08:00:00Z'));
    expect(bot.rest.post).toHaveBeenCalledTimes(1);
  });

  it('stands down when the slot’s round exists but the slot was not marked (a restart mid-run)', async () => {
    const bot = await fakeBot('2026-06-01T08:00:00Z');
    const schedule = bot.addSchedule({ createdAt: new Date('2026-05-31T12:00:00Z') });
    const slotAt = new Date('2026-06-01T08:00:00Z');
    openRound(bot.store.db, {
      guildId: 'g1',
      channelId: 'c1',
      questionId: bot.store.question(1).id,
      startedBy: 'mod',
      openedAt: slotAt,
      closesAt: new Date(slotAt.getTime() + 600_000),
      scheduleId: schedule.id,
      slotAt,
    });

    await bot.ctx.scheduler.start();
    await bot.ctx.scheduler.stop();

    expect(bot.roundRows()).toHaveLength(1);
    expect(bot.rest.post).not.toHaveBeenCalled();
    expect(readScheduleById(bot.store.db, schedule.id)?.lastSlotAt).toEqual(slotAt);
    expect(bot.logs.some((l) => l.msg === 'scheduled run already served; not posting again')).toBe(true);
  });

  it('skips a run an hour late or more with a log line, and posts the next day’s', async () => {
    const bot = await fakeBot('2026-06-01T07:00:00Z');
    const schedule = bot.addSchedule({ createdAt: new Date('2026-05-31T12:00:00Z') });
    vi.setSystemTime(new Date('2026-06-01T09:01:00Z'));

    await bot.ctx.scheduler.start();
    expect(bot.roundRows()).toEqual([]);
    expect(bot.logs.find((l) => l.msg === 'scheduled run skipped: more than an hour late')).toMatchObject({
      level: 40,
      guild: 'g1',
      channel: 'c1',
      schedule: schedule.id,
      slot: '2026-06-01T08:00:00.000Z',
      lateMinutes: 61,
    });

    await vi.advanceTimersByTimeAsync(23 * HOUR);
    await bot.ctx.scheduler.stop();
    expect(bot.roundRows().map((r) => r.slotAt?.toISOString())).toEqual(['2026-06-02T08:00:00.000Z']);
  });

  it('waits for a round already open in the channel, then posts within the hour', async () => {
    const bot = await fakeBot('2026-06-01T07:55:00Z');
    const schedule = bot.addSchedule({});
    const quiz = openRound(bot.store.db, {
      guildId: 'g1',
      channelId: 'c1',
      questionId: bot.store.question(1).id,
      startedBy: 'member',
      openedAt: new Date(),
      closesAt: new Date('2026-06-01T08:20:00Z'),
    });
    await bot.ctx.scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(bot.roundRows()).toHaveLength(1);

    // The /quiz round closes (its reveal is another module's job) at 08:20.
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    if (quiz.ok) closeRound(bot.store.db, quiz.round.id, new Date());
    await vi.advanceTimersByTimeAsync(60_000);
    await bot.ctx.scheduler.stop();

    const scheduled = bot.roundRows().filter((r) => r.scheduleId === schedule.id);
    expect(scheduled.map((r) => [r.slotAt?.toISOString(), r.openedAt.toISOString()])).toEqual([
      ['2026-06-01T08:00:00.000Z', '2026-06-01T08:21:00.000Z'],
    ]);
  });

  it('pauses the schedule with the reason when the channel was deleted, and posts nothing more', async () => {
    const unknownChannel = () => {
      throw new DiscordAPIError(
        { code: RESTJSONErrorCodes.UnknownChannel, message: 'Unknown Channel' },
        RESTJSONErrorCodes.UnknownChannel,
        404,
        'POST',
        '/channels/c1/messages',
        { body: {} },
      );
    };
    const bot = await fakeBot('2026-06-01T08:00:00Z', unknownChannel);
    const schedule = bot.addSchedule({ createdAt: new Date('2026-05-31T12:00:00Z') });

    await bot.ctx.scheduler.start();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    await bot.ctx.scheduler.stop();

    expect(readScheduleById(bot.store.db, schedule.id)).toMatchObject({
      paused: true,
      pauseReason: 'I could not post the question here: the channel was deleted.',
    });
    expect(bot.rest.post).toHaveBeenCalledTimes(1);
    expect(bot.logs.find((l) => l.msg === 'schedule paused')).toMatchObject({
      level: 40,
      schedule: schedule.id,
    });
  });

  it('logs a failed read of the schedules, tries again a minute later, and still stops cleanly', async () => {
    const bot = await fakeBot('2026-06-01T07:59:30Z');
    const schedule = bot.addSchedule({});
    // The first query of the first pass is the read of the active schedules.
    vi.spyOn(bot.store.db, 'select').mockImplementationOnce(() => {
      throw new Database.SqliteError('database is locked', 'SQLITE_BUSY');
    });

    await expect(bot.ctx.scheduler.start()).resolves.toBeUndefined();
    expect(bot.logs.find((l) => l.msg === 'scheduler pass failed; trying again later')).toMatchObject({
      level: 50,
      retryInMs: 60_000,
      err: { type: 'SqliteError', message: 'database is locked', code: 'SQLITE_BUSY' },
    });
    expect(bot.roundRows()).toEqual([]);

    await vi.advanceTimersByTimeAsync(60_000);
    await expect(bot.ctx.scheduler.stop()).resolves.toBeUndefined();
    expect(
      bot.roundRows().map((r) => [r.scheduleId, r.slotAt?.toISOString(), r.openedAt.toISOString()]),
    ).toEqual([[schedule.id, '2026-06-01T08:00:00.000Z', '2026-06-01T08:00:30.000Z']]);
  });

  it('pauses a schedule whose bank was removed, posts nothing, and says why', async () => {
    const bot = await fakeBot('2026-06-01T08:00:00Z');
    const schedule = bot.addSchedule({ createdAt: new Date('2026-05-31T12:00:00Z') });
    setBankHidden(bot.store.db, bot.store.bankId, true);

    await bot.ctx.scheduler.start();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    await bot.ctx.scheduler.stop();

    const reason = 'Its bank was removed. /bank import brings it back; then /schedule resume.';
    expect(readScheduleById(bot.store.db, schedule.id)).toMatchObject({ paused: true, pauseReason: reason });
    expect(bot.roundRows()).toEqual([]);
    expect(bot.rest.post).not.toHaveBeenCalled();
    expect(bot.logs.filter((l) => l.msg === 'schedule paused')).toEqual([
      expect.objectContaining({ level: 40, guild: 'g1', channel: 'c1', schedule: schedule.id, reason }),
    ]);
  });

  it('never runs a removed schedule', async () => {
    const bot = await fakeBot('2026-06-01T07:00:00Z');
    const schedule = bot.addSchedule({});
    await bot.ctx.scheduler.start();

    removeSchedule(bot.store.db, 'g1', schedule.id, new Date());
    bot.ctx.scheduler.refresh();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    await bot.ctx.scheduler.stop();

    expect(bot.roundRows()).toEqual([]);
    expect(bot.rest.post).not.toHaveBeenCalled();
  });
});
