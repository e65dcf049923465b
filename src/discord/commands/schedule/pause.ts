import { pauseSchedule } from '../../../db/schedules.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';
import { findNamedSchedule, withScheduleId } from './schedule-id.js';

/** `/schedule pause id`: keeps the schedule but posts nothing until it is resumed. */
export const pauseScheduleSubcommand: Subcommand = {
  name: 'pause',
  describe: (b) => withScheduleId(b.setName('pause').setDescription('Stop a schedule posting until resumed')),

  async run(ctx, interaction) {
    const schedule = await findNamedSchedule(ctx, interaction);
    if (!schedule) return;
    if (schedule.paused) {
      await interaction.reply(privately(`Schedule #${schedule.id} is already paused.`));
      return;
    }

    pauseSchedule(ctx.db, schedule.id, null);
    ctx.scheduler.refresh();
    ctx.log.info(
      { guild: schedule.guildId, schedule: schedule.id, user: interaction.user.id },
      'schedule paused',
    );
    await interaction.reply(
      privately(`Paused schedule #${schedule.id}. \`/schedule resume id:${schedule.id}\` starts it again.`),
    );
  },
};
