import { MessageFlags } from 'discord.js';
import { iterateScoredSubmissions } from '../../../db/export.js';
import { submissionsCsvWithin } from '../../../export/submissions-csv.js';
import { resolveBankOption, suggestBanks } from '../bank-option.js';
import type { Subcommand } from '../subcommands.js';

/**
 * Discord refuses larger uploads from servers without boosts; a bigger export has to come from
 * `npm run export` on the host.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
const ATTACHMENT_LIMIT_BYTES = 8 * 1024 * 1024;

/** `/bank export [bank]`: every scored submission of this server as a CSV file, for a spreadsheet. */
export const exportBankSubcommand: Subcommand = {
  name: 'export',
  moderatorsOnly: true,
  describe: (b) =>
    b
      .setName('export')
      .setDescription('Every scored answer with its points, as a CSV file (moderators)')
      .addStringOption((o) =>
        o
          .setName('bank')
          .setDescription('Only this question bank (default: every bank)')
          .setAutocomplete(true),
      ),
  autocomplete: suggestBanks,
  async run(ctx, interaction) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const guildId = interaction.guildId;
    const choice = resolveBankOption(ctx, guildId, interaction.options.getString('bank'));
    if (!choice.ok) {
      await interaction.editReply({ content: choice.message, allowedMentions: { parse: [] } });
      return;
    }

    const rows = iterateScoredSubmissions(ctx.db, guildId, choice.bank?.id);
    const csv = submissionsCsvWithin(rows, ATTACHMENT_LIMIT_BYTES);
    if (!csv) {
      await interaction.editReply({
        content: `The export is larger than the 8 MB Discord takes in one file. Ask the bot's host to run \`npm run export -- --guild ${guildId}\`.`,
        allowedMentions: { parse: [] },
      });
      return;
    }

    const name = `quizbot-${choice.bank?.slug ?? 'all'}-${ctx.now().toISOString().slice(0, 10)}.csv`;
    ctx.log.info({ guild: guildId, user: interaction.user.id, bytes: csv.length, file: name }, 'export sent');
    await interaction.editReply({
      content: `Every scored answer${choice.bank ? ` in ${choice.bank.title}` : ''}, one line each.`,
      files: [{ attachment: csv, name }],
      allowedMentions: { parse: [] },
    });
  },
};
