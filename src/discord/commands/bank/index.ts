import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotContext } from '../../context.js';
import { requireModerator } from '../../permissions.js';
import { privately } from '../../reply.js';
import type { SlashCommand } from '../command.js';
import { exportBankSubcommand } from './export.js';
import { importBankSubcommand } from './import.js';
import { listBanksSubcommand } from './list.js';
import { removeBankSubcommand } from './remove.js';
import { bankStatsSubcommand } from './stats.js';
import type { BankSubcommand } from './subcommand.js';

const subcommands: readonly BankSubcommand[] = [
  listBanksSubcommand,
  importBankSubcommand,
  removeBankSubcommand,
  bankStatsSubcommand,
  exportBankSubcommand,
];

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  const sub = subcommands.find((s) => s.name === interaction.options.getSubcommand(true));
  if (!sub) {
    await interaction.reply(privately('That /bank subcommand is not one I know any more.'));
    return;
  }
  if (sub.moderatorsOnly && !(await requireModerator(ctx, interaction))) return;
  await sub.run(ctx, interaction);
}

/** Suggestions are only names, so they are offered to everyone; the command checks rights. */
async function autocomplete(ctx: BotContext, interaction: AutocompleteInteraction<'cached' | 'raw'>) {
  const sub = subcommands.find((s) => s.name === interaction.options.getSubcommand(true));
  await sub?.autocomplete?.(ctx, interaction);
}

const data = new SlashCommandBuilder()
  .setName('bank')
  .setDescription('Question banks')
  .setContexts(InteractionContextType.Guild);
for (const sub of subcommands) data.addSubcommand((b) => sub.describe(b));

/** `/bank …`: one file per subcommand under this folder. */
export const bankCommand: SlashCommand = { data: data.toJSON(), run, autocomplete };
