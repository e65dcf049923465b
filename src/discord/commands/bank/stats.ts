import { MessageFlags } from 'discord.js';
import { listBanks } from '../../../db/banks.js';
import { readQuestionStats } from '../../../db/stats.js';
import { buildBankStatsEmbed } from '../../embeds/bank-stats-message.js';
import { resolveBankOption, suggestBanks } from '../bank-option.js';
import type { Subcommand } from '../subcommands.js';

/**
 * `/bank stats [bank]`: per question, the share who got it right and the wrong options that drew
 * the most members, hardest first. Ephemeral: it hints at answers of questions still to come.
 */
export const bankStatsSubcommand: Subcommand = {
  name: 'stats',
  moderatorsOnly: true,
  describe: (b) =>
    b
      .setName('stats')
      .setDescription('Which questions members get wrong, hardest first (moderators)')
      .addStringOption((o) =>
        o.setName('bank').setDescription('Question bank (default: the first one)').setAutocomplete(true),
      ),
  autocomplete: suggestBanks,
  async run(ctx, interaction) {
    // Summing every answer of a bank can take a moment on a big server: defer first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const choice = resolveBankOption(ctx, interaction.guildId, interaction.options.getString('bank'));
    if (!choice.ok) {
      await interaction.editReply({ content: choice.message, allowedMentions: { parse: [] } });
      return;
    }
    const bank = choice.bank ?? listBanks(ctx.db, interaction.guildId)[0];
    if (!bank) {
      await interaction.editReply({
        content: 'No question bank is loaded yet.',
        allowedMentions: { parse: [] },
      });
      return;
    }

    const embed = buildBankStatsEmbed(bank.title, readQuestionStats(ctx.db, interaction.guildId, bank.id));
    await interaction.editReply({ embeds: [embed], allowedMentions: { parse: [] } });
  },
};
