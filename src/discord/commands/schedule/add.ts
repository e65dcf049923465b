import { ChannelType } from 'discord.js';
import { findBank } from '../../../db/banks.js';
import { createSchedule } from '../../../db/schedules.js';
import { TIME_PATTERN } from '../../../schedule/slots.js';
import { checkTimeZone } from '../../../schedule/time-zones.js';
import { clip } from '../../embeds/limits.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';
import { suggestScheduleOptions } from './autocomplete.js';
import { describeDuration, describeWhen, discordTime, upcomingRun } from './describe-schedule.js';

/**
 * A daily question is read whenever members find time in their day, so it stays open for half a
 * day by default: long enough for a morning post to be seen in the evening, and closed before
 * the next day's question. The option counts minutes, at most a day, as `/quiz` allows.
 */
export const DEFAULT_DURATION_MINUTES = 12 * 60;
const MAX_DURATION_MINUTES = 24 * 60;

/** `8:30` is taken as `08:30`; anything else must already be `HH:MM`. */
function normaliseTime(input: string): string | undefined {
  const padded = input.trim().replace(/^(\d):/, '0$1:');
  return TIME_PATTERN.test(padded) ? padded : undefined;
}

/** `/schedule add channel time timezone [bank] [duration] [days]`. */
export const addScheduleSubcommand: Subcommand = {
  name: 'add',
  autocomplete: suggestScheduleOptions,
  describe: (b) =>
    b
      .setName('add')
      .setDescription('Post a question every day at a set time')
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where the question is posted')
          .setRequired(true)
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
      )
      .addStringOption((o) =>
        o
          .setName('time')
          .setDescription('Local time, HH:MM on a 24-hour clock, e.g. 08:30')
          .setRequired(true),
      )
      .addStringOption((o) =>
        o
          .setName('timezone')
          .setDescription('Time zone, e.g. Europe/Berlin')
          .setRequired(true)
          .setAutocomplete(true),
      )
      .addStringOption((o) =>
        o.setName('bank').setDescription('Question bank (default: the first one)').setAutocomplete(true),
      )
      .addIntegerOption((o) =>
        o
          .setName('duration')
          .setDescription(`Minutes each question stays open (default ${DEFAULT_DURATION_MINUTES}, 12 hours)`)
          .setMinValue(1)
          .setMaxValue(MAX_DURATION_MINUTES),
      )
      .addStringOption((o) =>
        o
          .setName('days')
          .setDescription('Every day (default) or weekdays only')
          .addChoices({ name: 'every day', value: 'daily' }, { name: 'weekdays', value: 'weekdays' }),
      ),

  async run(ctx, interaction) {
    const typedTime = interaction.options.getString('time', true);
    const time = normaliseTime(typedTime);
    if (!time) {
      const shown = clip(typedTime, 50);
      await interaction.reply(
        privately(`"${shown}" is not a time: give \`time\` as HH:MM, 24 h, e.g. 08:30.`),
      );
      return;
    }

    const typedZone = interaction.options.getString('timezone', true);
    const zone = checkTimeZone(typedZone);
    if (!zone.ok) {
      const closest = zone.closest.join(', ');
      const shown = clip(typedZone, 60);
      await interaction.reply(privately(`"${shown}" is not a time zone I know. Closest: ${closest}.`));
      return;
    }

    const bankName = interaction.options.getString('bank');
    const bank = bankName === null ? undefined : findBank(ctx.db, interaction.guildId, bankName);
    if (bankName !== null && (!bank || bank.hidden)) {
      const shown = clip(bankName, 100);
      await interaction.reply(
        privately(`There is no question bank called "${shown}". Pick one as you type.`),
      );
      return;
    }

    // Discord resolves a channel option to an id of this server; the value is that id.
    const channelId = String(interaction.options.get('channel', true).value);
    const minutes = interaction.options.getInteger('duration') ?? DEFAULT_DURATION_MINUTES;
    const schedule = createSchedule(ctx.db, {
      guildId: interaction.guildId,
      channelId,
      time,
      timezone: zone.zone,
      days: interaction.options.getString('days') === 'weekdays' ? 'weekdays' : 'daily',
      bankId: bank?.id ?? null,
      durationSeconds: minutes * 60,
      createdBy: interaction.user.id,
      createdAt: ctx.now(),
    });
    ctx.scheduler.refresh();
    ctx.log.info(
      { guild: schedule.guildId, channel: channelId, schedule: schedule.id, user: interaction.user.id },
      'schedule added',
    );

    const next = upcomingRun(schedule, ctx.now());
    const first = next ? ` First one ${discordTime(next)}.` : '';
    const bankText = bank ? ` from **${bank.title}**` : '';
    await interaction.reply(
      privately(
        `Schedule #${schedule.id}: a question${bankText} in <#${channelId}> at ${describeWhen(schedule)}, ` +
          `open for ${describeDuration(schedule.durationSeconds)}.${first}`,
      ),
    );
  },
};
