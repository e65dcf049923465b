import { readSchedule, resumeSchedule } from '../../../db/schedules.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';
import { discordTime, upcomingRun } from './describe-schedule.js';
import { findNamedSchedule, withScheduleId } from './schedule-id.js';

/**
 * `/schedule resume id`: runs again from the next slot on. Slots missed while paused are not
 * caught up: a resumed schedule never posts a backlog.
 */
export const resumeScheduleSubcommand: Subcommand = {
  name: 'resume',
  describe: (b) => withScheduleId(b.setName('resume').setDescription('Start a paused schedule again')),

  async run(ctx, interaction) {
    const schedule = await findNamedSchedule(ctx, interaction);
    if (!schedule) return;
    if (!schedule.paused) {
      await interaction.reply(privately(`Schedule #${schedule.id} is not paused.`));
      return;
    }

    resumeSchedule(ctx.db, schedule.id, ctx.now());
    ctx.scheduler.refresh();
    ctx.log.info(
      { guild: schedule.guildId, schedule: schedule.id, user: interaction.user.id },
      'schedule resumed',
    );

    const resumed = readSchedule(ctx.db, interaction.guildId, schedule.id) ?? schedule;
    const next = upcomingRun(resumed, ctx.now());
    const when = next ? ` Next run ${discordTime(next)}.` : '';
    await interaction.reply(privately(`Resumed schedule #${schedule.id}.${when}`));
  },
};
