import { MessageFlags } from 'discord.js';
import type { APIEmbed } from 'discord-api-types/v10';
import { listBanks } from '../../../db/banks.js';
import { listSchedules, type Schedule } from '../../../db/schedules.js';
import { groupIntoMessages, splitIntoEmbeds } from '../../embeds/fit-embeds.js';
import { NO_PINGS } from '../../embeds/question-message.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';
import { describeDuration, describeWhen, discordTime, upcomingRun } from './describe-schedule.js';

function status(schedule: Schedule, now: Date): string {
  if (schedule.paused && schedule.pauseReason) return `⚠️ Paused by the bot: ${schedule.pauseReason}`;
  if (schedule.paused) return '⏸️ Paused';
  const next = upcomingRun(schedule, now);
  return next ? `Next: ${discordTime(next)}` : 'No run ahead';
}

/** `/schedule list`: every schedule of the server with its id, channel, bank and next run. */
export const listSchedulesSubcommand: Subcommand = {
  name: 'list',
  describe: (b) => b.setName('list').setDescription("This server's daily questions and their next runs"),

  async run(ctx, interaction) {
    const schedules = listSchedules(ctx.db, interaction.guildId);
    if (schedules.length === 0) {
      await interaction.reply(privately('No schedules yet. /schedule add sets one up.'));
      return;
    }

    const banks = new Map(
      listBanks(ctx.db, interaction.guildId, { includeHidden: true }).map((b) => [b.id, b]),
    );
    const now = ctx.now();
    const sections = schedules.map((s) => {
      const bank = s.bankId === null ? 'first bank' : (banks.get(s.bankId)?.title ?? 'a removed bank');
      const open = describeDuration(s.durationSeconds);
      return `**#${s.id}** · <#${s.channelId}> · ${describeWhen(s)} · ${bank} · open ${open}\n${status(s, now)}`;
    });

    // Many schedules can outgrow one embed; the rest follow as more private messages.
    const [first = [], ...more] = groupIntoMessages(splitIntoEmbeds({ title: 'Schedules', sections }));
    const message = (embeds: APIEmbed[]) => ({
      embeds,
      flags: MessageFlags.Ephemeral as const,
      allowedMentions: NO_PINGS,
    });
    await interaction.reply(message(first));
    for (const embeds of more) await interaction.followUp(message(embeds));
  },
};
