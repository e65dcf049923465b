import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { commandOfSubcommands } from '../subcommands.js';
import { addScheduleSubcommand } from './add.js';
import { listSchedulesSubcommand } from './list.js';
import { pauseScheduleSubcommand } from './pause.js';
import { previewScheduleSubcommand } from './preview.js';
import { removeScheduleSubcommand } from './remove.js';
import { resumeScheduleSubcommand } from './resume.js';

const data = new SlashCommandBuilder()
  .setName('schedule')
  .setDescription('Daily questions, posted at a set time in a channel')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);

/** `/schedule …`: moderators set up daily questions; one file per subcommand under this folder. */
export const scheduleCommand = commandOfSubcommands(
  data,
  [
    addScheduleSubcommand,
    listSchedulesSubcommand,
    removeScheduleSubcommand,
    pauseScheduleSubcommand,
    resumeScheduleSubcommand,
    previewScheduleSubcommand,
  ],
  { moderatorsOnly: true },
);
