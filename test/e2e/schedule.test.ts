import type { APIEmbed, APIInteractionResponse } from 'discord-api-types/v10';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBanks, setBankHidden } from '../../src/db/banks.js';
import { readGuildSettings } from '../../src/db/guild-settings.js';
import { createSchedule, listSchedules, pauseSchedule, readScheduleById } from '../../src/db/schedules.js';
import { rounds, schedules } from '../../src/db/schema.js';
import { scheduleCommand } from '../../src/discord/commands/schedule/index.js';
import { MEMBER_PERMISSIONS } from '../fake-discord/index.js';
import { type Harness, startHarness } from '../support/bot-harness.js';

let h: Harness;
let mod: string;
let member: string;

beforeAll(async () => {
  h = await startHarness();
  mod = h.fake.addMember(h.guildId, {
    username: 'mod',
    permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
  }).userId;
  member = h.fake.addMember(h.guildId, { username: 'member' }).userId;
});
afterAll(() => h.close());

const where = () => ({ guildId: h.guildId, channelId: h.channelId });
const content = (response: APIInteractionResponse) =>
  'data' in response && response.data && 'content' in response.data ? response.data.content : undefined;
const schedule = (
  userId: string,
  subcommand: string,
  options: { name: string; type: number; value: unknown }[] = [],
) =>
  h.fake.sendSlashCommand({ ...where(), userId, name: 'schedule', subcommand, options: options as never })
    .response;
const str = (name: string, value: string) => ({ name, type: 3, value });

/** A schedule whose slot (the minute before last) is due now, as after a short outage. */
function dueSchedule(durationSeconds: number) {
  const slot = new Date(Date.now() - 60_000);
  const time = slot.toISOString().slice(11, 16);
  const bankId = listBanks(h.bot.ctx.db, h.guildId)[0]?.id ?? null;
  return createSchedule(h.bot.ctx.db, {
    guildId: h.guildId,
    channelId: h.channelId,
    time,
    timezone: 'UTC',
    days: 'daily',
    bankId,
    durationSeconds,
    createdBy: mod,
    createdAt: new Date(Date.now() - 3 * 60_000),
  });
}

describe('/schedule over the local Discord', () => {
  it('is registered for Manage Server by default', () => {
    expect(scheduleCommand.data.default_member_permissions).toBe('32');
    expect(scheduleCommand.data.options?.map((o) => o.name)).toEqual([
      'add',
      'list',
      'remove',
      'pause',
      'resume',
      'preview',
    ]);
  });

  it('refuses a member without Manage Server, privately, and stores nothing', async () => {
    const response = await schedule(member, 'add', [
      { name: 'channel', type: 7, value: h.channelId },
      str('time', '08:30'),
      str('timezone', 'Europe/Berlin'),
    ]);
    expect(response).toMatchObject({
      type: 4,
      data: {
        content: 'Only moderators can do that (Manage Server, or the moderator role).',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    expect(listSchedules(h.bot.ctx.db, h.guildId)).toEqual([]);
  });

  it('refuses an unknown time zone with the closest matches', async () => {
    const response = await schedule(mod, 'add', [
      { name: 'channel', type: 7, value: h.channelId },
      str('time', '08:30'),
      str('timezone', 'Europe/Berln'),
    ]);
    expect(content(response)).toBe(
      '"Europe/Berln" is not a time zone I know. Closest: Europe/Berlin, Europe/Dublin, Europe/Jersey.',
    );
    expect(listSchedules(h.bot.ctx.db, h.guildId)).toEqual([]);
  });

  it('refuses a time that is not HH:MM', async () => {
    const response = await schedule(mod, 'add', [
      { name: 'channel', type: 7, value: h.channelId },
      str('time', '25:00'),
      str('timezone', 'UTC'),
    ]);
    expect(content(response)).toBe('"25:00" is not a time: give `time` as HH:MM, 24 h, e.g. 08:30.');
  });

  it('autocompletes time zones from what was typed', async () => {
    const response = await h.fake.sendAutocomplete({
      ...where(),
      userId: mod,
      name: 'schedule',
      subcommand: 'add',
      focused: { name: 'timezone', value: 'berl' },
    }).response;
    expect(response).toEqual({
      type: 8,
      data: { choices: [{ name: 'Europe/Berlin', value: 'Europe/Berlin' }] },
    });
  });

  it('adds a schedule, lists it and previews five runs at 08:30 Berlin time', async () => {
    const response = await schedule(mod, 'add', [
      { name: 'channel', type: 7, value: h.channelId },
      str('time', '8:30'),
      str('timezone', 'europe/berlin'),
      str('days', 'weekdays'),
    ]);
    const [row] = listSchedules(h.bot.ctx.db, h.guildId);
    expect(row).toMatchObject({
      channelId: h.channelId,
      time: '08:30',
      timezone: 'Europe/Berlin',
      days: 'weekdays',
      bankId: null,
      durationSeconds: 43_200,
      createdBy: mod,
      paused: false,
    });
    expect(content(response)).toMatch(
      new RegExp(
        `^Schedule #${row?.id}: a question in <#${h.channelId}> at 08:30 Europe/Berlin, Monday to Friday, ` +
          'open for 12 hours\\. First one <t:(\\d+):F> \\(<t:\\1:R>\\)\\.$',
      ),
    );

    const list = await schedule(mod, 'list');
    const embed = 'data' in list ? (list.data as { embeds: APIEmbed[]; flags: number }) : undefined;
    expect(embed?.flags).toBe(64);
    expect(embed?.embeds[0]?.description).toMatch(
      new RegExp(
        `^\\*\\*#${row?.id}\\*\\* · <#${h.channelId}> · 08:30 Europe/Berlin, Monday to Friday · first bank · ` +
          'open 12 hours\\nNext: <t:\\d+:F> \\(<t:\\d+:R>\\)$',
      ),
    );

    const preview = content(await schedule(mod, 'preview', [{ name: 'id', type: 4, value: row?.id }])) ?? '';
    const lines = preview.split('\n');
    expect(lines[0]).toBe(`Schedule #${row?.id} (08:30 Europe/Berlin, Monday to Friday), next 5 runs:`);
    expect(lines.slice(1)).toHaveLength(5);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^• (Mon|Tue|Wed|Thu|Fri) \d{1,2} \w{3} \d{4}, 08:30 CES?T · <t:\d+:F>$/);
    }
  });

  it('notes in /schedule list a schedule the bot paused, and pauses and resumes on request', async () => {
    const [row] = listSchedules(h.bot.ctx.db, h.guildId);
    const id = row?.id as number;
    pauseSchedule(h.bot.ctx.db, id, 'I could not post the question here: the channel was deleted.');
    const list = await schedule(mod, 'list');
    const embeds = 'data' in list ? (list.data as { embeds: APIEmbed[] }).embeds : [];
    expect(embeds[0]?.description?.split('\n')[1]).toBe(
      '⚠️ Paused by the bot: I could not post the question here: the channel was deleted.',
    );

    expect(content(await schedule(mod, 'resume', [{ name: 'id', type: 4, value: id }]))).toMatch(
      new RegExp(`^Resumed schedule #${id}\\. Next run <t:\\d+:F> \\(<t:\\d+:R>\\)\\.$`),
    );
    expect(content(await schedule(mod, 'pause', [{ name: 'id', type: 4, value: id }]))).toBe(
      `Paused schedule #${id}. \`/schedule resume id:${id}\` starts it again.`,
    );
    expect(readScheduleById(h.bot.ctx.db, id)).toMatchObject({ paused: true, pauseReason: null });
    expect(content(await schedule(mod, 'remove', [{ name: 'id', type: 4, value: id }]))).toBe(
      `Removed schedule #${id}: it posts no more questions. Its past rounds, points and streaks stay.`,
    );
    expect(content(await schedule(mod, 'remove', [{ name: 'id', type: 4, value: id }]))).toBe(
      `There is no schedule #${id} in this server. /schedule list shows the ids.`,
    );
  });

  it('/config timezone sets the server zone, validated like /schedule add', async () => {
    const config = (value: string) =>
      h.fake.sendSlashCommand({
        ...where(),
        userId: mod,
        name: 'config',
        subcommand: 'timezone',
        options: [str('timezone', value)],
      }).response;
    expect(content(await config('Asia/Tokio'))).toBe(
      '"Asia/Tokio" is not a time zone I know. Closest: Asia/Tokyo, Asia/Tomsk, Asia/Baku.',
    );
    expect(content(await config('america/new_york'))).toBe(
      "This server's time zone is now America/New_York.",
    );
    expect(readGuildSettings(h.bot.ctx.db, h.guildId).timezone).toBe('America/New_York');
  });

  it('posts a due run once at start, and a restart mid-run neither loses nor doubles it; the reveal follows', async () => {
    const due = dueSchedule(10);
    await h.restart(); // the bot was down when the slot came: posted at start, a minute late

    const posted = await h.waitForLog((l) => l.msg === 'scheduled round posted' && l.schedule === due.id);
    const question = await h.fake.waitForMessage(h.channelId, (m) => m.components?.length === 1, 5000);
    const slotRounds = () => h.bot.ctx.db.select().from(rounds).where(eq(rounds.scheduleId, due.id)).all();
    expect(slotRounds()).toHaveLength(1);
    expect(slotRounds()[0]).toMatchObject({ id: posted.round, messageId: question.id, startedBy: mod });

    // A crash after the post but before the slot was marked handled: the next start sees it due.
    h.bot.ctx.db.update(schedules).set({ lastSlotAt: null }).where(eq(schedules.id, due.id)).run();
    await h.restart();
    await h.waitForLog((l) => l.msg === 'scheduled run already served; not posting again');
    expect(slotRounds()).toHaveLength(1);

    const reveal = await h.fake.waitForMessage(h.channelId, (m) => m.message_reference !== undefined, 15_000);
    expect(reveal.message_reference?.message_id).toBe(question.id);
    const posts = h.fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${h.channelId}/messages`,
    );
    expect(posts).toHaveLength(2); // one question, one reveal
    expect(readScheduleById(h.bot.ctx.db, due.id)?.lastSlotAt).toEqual(slotRounds()[0]?.slotAt);
  });

  it('pauses a schedule whose bank was removed, and says so in /schedule list', async () => {
    const due = dueSchedule(10);
    const bankId = due.bankId as number;
    setBankHidden(h.bot.ctx.db, bankId, true);
    await h.bot.ctx.scheduler.runDue();
    setBankHidden(h.bot.ctx.db, bankId, false); // the next test needs the bank

    const list = await schedule(mod, 'list');
    const lines = ('data' in list ? (list.data as { embeds: APIEmbed[] }).embeds : [])[0]?.description?.split(
      '\n',
    );
    const heading = lines?.findIndex((line) => line.startsWith(`**#${due.id}**`)) ?? -1;
    expect(lines?.[heading + 1]).toBe(
      '⚠️ Paused by the bot: Its bank was removed. /bank import brings it back; then /schedule resume.',
    );
    const posts = h.fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${h.channelId}/messages`,
    );
    expect(posts).toHaveLength(2); // the previous test's question and reveal, nothing more
  });

  it('pauses a schedule whose channel was deleted, with a warning in the log', async () => {
    const due = dueSchedule(10);
    h.fake.deleteChannel(h.channelId);
    await h.bot.ctx.scheduler.runDue();

    expect(readScheduleById(h.bot.ctx.db, due.id)).toMatchObject({
      paused: true,
      pauseReason: 'I could not post the question here: the channel was deleted.',
    });
    expect(await h.waitForLog((l) => l.msg === 'schedule paused' && l.schedule === due.id)).toMatchObject({
      level: 40,
      guild: h.guildId,
      channel: h.channelId,
    });
  });
});
