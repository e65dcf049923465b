import { unixSeconds } from '../../../quiz/round-timing.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';
import { describeWhen, localTime, runsAhead } from './describe-schedule.js';
import { findNamedSchedule, withScheduleId } from './schedule-id.js';

const PREVIEW_RUNS = 5;

/**
 * `/schedule preview id`: the next five run times, each in the schedule's own zone (so a
 * daylight-saving change shows) and as a Discord timestamp in the reader's zone.
 */
export const previewScheduleSubcommand: Subcommand = {
  name: 'preview',
  describe: (b) =>
    withScheduleId(b.setName('preview').setDescription('The next five run times of a schedule')),

  async run(ctx, interaction) {
    const schedule = await findNamedSchedule(ctx, interaction);
    if (!schedule) return;

    const runs = runsAhead(schedule, ctx.now(), PREVIEW_RUNS);
    const lines = runs.map((at) => `• ${localTime(at, schedule.timezone)} · <t:${unixSeconds(at)}:F>`);
    const paused = schedule.paused ? ' It is paused: these are the times once it is resumed.' : '';
    await interaction.reply(
      privately(
        [
          `Schedule #${schedule.id} (${describeWhen(schedule)}), next ${runs.length} runs:${paused}`,
          ...lines,
        ].join('\n'),
      ),
    );
  },
};
