import { type ChatInputCommandInteraction, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { isPeriod, PERIODS } from '../../quiz/periods.js';
import type { BotContext } from '../context.js';
import { renderLeaderboardPage } from '../leaderboard-page.js';
import { privately } from '../reply.js';
import { resolveBankOption, suggestBanks } from './bank-option.js';
import type { SlashCommand } from './command.js';

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  const periodOption = interaction.options.getString('period') ?? 'all';
  const period = isPeriod(periodOption) ? periodOption : 'all';
  const choice = resolveBankOption(ctx, interaction.guildId, interaction.options.getString('bank'));
  if (!choice.ok) {
    await interaction.reply(privately(choice.message));
    return;
  }

  const view = { period, bankId: choice.bank?.id ?? 0, page: 0, invokerId: interaction.user.id };
  const message = renderLeaderboardPage(ctx, interaction.guildId, view);
  if (!message) {
    await interaction.reply(privately('That question bank is not available in this server.'));
    return;
  }
  await interaction.reply(message);
}

const data = new SlashCommandBuilder()
  .setName('leaderboard')
  .setDescription("This server's members ranked by points")
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) =>
    o
      .setName('period')
      .setDescription('today, this week, this month or all time (default), in the server’s time zone')
      .addChoices(PERIODS.map((p) => ({ name: p, value: p }))),
  )
  .addStringOption((o) =>
    o.setName('bank').setDescription('Only this question bank (default: every bank)').setAutocomplete(true),
  );

/** `/leaderboard [period] [bank]`: pages of ten with Previous/Next, and the caller's own rank. */
export const leaderboardCommand: SlashCommand = { data: data.toJSON(), run, autocomplete: suggestBanks };
