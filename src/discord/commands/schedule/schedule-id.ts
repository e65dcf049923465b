import type { ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { readSchedule, type Schedule } from '../../../db/schedules.js';
import type { BotContext } from '../../context.js';
import { privately } from '../../reply.js';

/** The `id` option that remove, pause, resume and preview share. */
export function withScheduleId(builder: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return builder.addIntegerOption((o) =>
    o
      .setName('id')
      .setDescription('The schedule id, as /schedule list shows it')
      .setRequired(true)
      .setMinValue(1),
  );
}

/** The server's schedule the member named, or undefined after telling them it does not exist. */
export async function findNamedSchedule(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction<'cached' | 'raw'>,
): Promise<Schedule | undefined> {
  const id = interaction.options.getInteger('id', true);
  const schedule = readSchedule(ctx.db, interaction.guildId, id);
  if (!schedule) {
    await interaction.reply(
      privately(`There is no schedule #${id} in this server. /schedule list shows the ids.`),
    );
  }
  return schedule;
}
