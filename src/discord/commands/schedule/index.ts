import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotContext } from '../../context.js';
import { requireModerator } from '../../permissions.js';
import type { SlashCommand } from '../command.js';
import { addScheduleSubcommand } from './add.js';
import { suggestScheduleOptions } from './autocomplete.js';
import { listSchedulesSubcommand } from './list.js';
import { pauseScheduleSubcommand } from './pause.js';
import { previewScheduleSubcommand } from './preview.js';
import { removeScheduleSubcommand } from './remove.js';
import { resumeScheduleSubcommand } from './resume.js';
import type { ScheduleSubcommand } from './subcommand.js';

const subcommands: readonly ScheduleSubcommand[] = [
  addScheduleSubcommand,
  listSchedulesSubcommand,
  removeScheduleSubcommand,
  pauseScheduleSubcommand,
  resumeScheduleSubcommand,
  previewScheduleSubcommand,
];

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  const sub = subcommands.find((s) => s.name === interaction.options.getSubcommand(true));
  if (!sub) return;
  // Server admins can open the command to anyone in the server settings; check again here.
  if (!(await requireModerator(ctx, interaction))) return;
  await sub.run(ctx, interaction);
}

const data = new SlashCommandBuilder()
  .setName('schedule')
  .setDescription('Daily questions, posted at a set time in a channel')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
for (const sub of subcommands) data.addSubcommand((b) => sub.describe(b));

/** `/schedule …`: moderators set up daily questions; one file per subcommand under this folder. */
export const scheduleCommand: SlashCommand = {
  data: data.toJSON(),
  run,
  autocomplete: suggestScheduleOptions,
};
