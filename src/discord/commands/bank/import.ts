import { extname } from 'node:path';
import { MessageFlags } from 'discord.js';
import { importBankBytes } from '../../../bank/import-bank.js';
import { MAX_BANK_BYTES, readBankBytes } from '../../../bank/read-bank-file.js';
import { setBankHidden } from '../../../db/banks.js';
import { clip } from '../../embeds/limits.js';
import { NO_PINGS } from '../../embeds/question-message.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';
import { downloadAttachment } from './download-attachment.js';
import { buildImportReport } from './import-report.js';

const MARKDOWN = new Set(['.md', '.markdown']);

/**
 * `/bank import file:<markdown>`: stores a bank for this server alone. A file with any error is
 * refused whole, so a broken upload never changes or retires questions already stored; warnings
 * alone do not stop it. Importing a removed bank again brings it back.
 */
export const importBankSubcommand: Subcommand = {
  name: 'import',
  moderatorsOnly: true,
  describe: (b) =>
    b
      .setName('import')
      .setDescription('Import a markdown question bank for this server (moderators)')
      .addAttachmentOption((o) =>
        o.setName('file').setDescription('A .md file of at most 1 MiB').setRequired(true),
      ),
  async run(ctx, interaction) {
    const file = interaction.options.getAttachment('file', true);
    const name = clip(file.name, 100);
    if (!MARKDOWN.has(extname(file.name).toLowerCase())) {
      await interaction.reply(privately(`Only markdown files (.md) can be imported; "${name}" is not one.`));
      return;
    }
    if (file.size > MAX_BANK_BYTES) {
      const size = file.size.toLocaleString('en');
      await interaction.reply(privately(`"${name}" is ${size} bytes; a bank file may be at most 1 MiB.`));
      return;
    }

    // The download and the parse can take longer than Discord's 3 seconds.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const download = await downloadAttachment(file.url, MAX_BANK_BYTES);
    if (!download.ok) {
      await interaction.editReply({
        content: `"${name}" was not imported: ${download.reason}.`,
        allowedMentions: NO_PINGS,
      });
      return;
    }

    const checked = readBankBytes(download.bytes, file.name);
    const clean = !checked.problems.some((p) => p.severity === 'error');
    const outcome = clean
      ? importBankBytes(ctx.db, download.bytes, file.name, interaction.guildId)
      : undefined;
    if (outcome?.saved) setBankHidden(ctx.db, outcome.saved.bankId, false);

    ctx.log.info(
      {
        guild: interaction.guildId,
        channel: interaction.channelId,
        user: interaction.user.id,
        file: name,
        questions: checked.questions.length,
        problems: checked.problems.length,
        stored: outcome?.saved !== undefined,
      },
      'bank import',
    );
    const embed = buildImportReport(outcome?.bank ?? checked, outcome?.saved);
    await interaction.editReply({ embeds: [embed], allowedMentions: NO_PINGS });
  },
};
