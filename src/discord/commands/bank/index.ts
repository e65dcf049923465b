import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { commandOfSubcommands } from '../subcommands.js';
import { exportBankSubcommand } from './export.js';
import { importBankSubcommand } from './import.js';
import { listBanksSubcommand } from './list.js';
import { removeBankSubcommand } from './remove.js';
import { bankStatsSubcommand } from './stats.js';

const data = new SlashCommandBuilder()
  .setName('bank')
  .setDescription('Question banks')
  .setContexts(InteractionContextType.Guild);

/** `/bank …`: one file per subcommand under this folder; `list` is for everyone. */
export const bankCommand = commandOfSubcommands(data, [
  listBanksSubcommand,
  importBankSubcommand,
  removeBankSubcommand,
  bankStatsSubcommand,
  exportBankSubcommand,
]);
