import { removeSchedule } from '../../../db/schedules.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';
import { findNamedSchedule, withScheduleId } from './schedule-id.js';

/**
 * `/schedule remove id`: no more runs; a round it already opened still gets its reveal. Its
 * past rounds keep counting as scheduled, so members' streaks do not change.
 */
export const removeScheduleSubcommand: Subcommand = {
  name: 'remove',
  describe: (b) => withScheduleId(b.setName('remove').setDescription('Stop and delete a schedule')),

  async run(ctx, interaction) {
    const schedule = await findNamedSchedule(ctx, interaction);
    if (!schedule) return;

    removeSchedule(ctx.db, interaction.guildId, schedule.id, ctx.now());
    ctx.scheduler.refresh();
    ctx.log.info(
      { guild: schedule.guildId, schedule: schedule.id, user: interaction.user.id },
      'schedule removed',
    );
    await interaction.reply(
      privately(
        `Removed schedule #${schedule.id}: it posts no more questions. Its past rounds, points and streaks stay.`,
      ),
    );
  },
};
