import { findBank, setBankHidden } from '../../../db/banks.js';
import { clip } from '../../embeds/limits.js';
import { privately } from '../../reply.js';
import type { Subcommand } from '../subcommands.js';

/**
 * `/bank remove bank:<name>`: hides one of this server's banks from new rounds. Nothing is
 * deleted: past rounds, submissions and the leaderboard keep pointing at its questions, and
 * `/bank import` of the same file brings it back. Shared banks (from the bot's banks folder)
 * belong to every server, so one server cannot remove them.
 */
export const removeBankSubcommand: Subcommand = {
  name: 'remove',
  moderatorsOnly: true,
  describe: (b) =>
    b
      .setName('remove')
      .setDescription('Stop using one of this server’s banks for new rounds (moderators)')
      .addStringOption((o) =>
        o.setName('bank').setDescription('The bank’s name, as /bank list shows it').setRequired(true),
      ),
  async run(ctx, interaction) {
    const name = interaction.options.getString('bank', true);
    const bank = findBank(ctx.db, interaction.guildId, name);
    let answer: string;
    if (!bank) {
      answer = `There is no question bank called "${clip(name, 100)}". /bank list shows them.`;
    } else if (bank.guildId !== interaction.guildId) {
      answer = `"${clip(bank.title, 100)}" is shared by every server using this bot; only its host can remove it.`;
    } else if (bank.hidden) {
      answer = `"${clip(bank.title, 100)}" is already removed.`;
    } else {
      setBankHidden(ctx.db, bank.id, true);
      ctx.log.info(
        { guild: interaction.guildId, user: interaction.user.id, bank: bank.id, slug: bank.slug },
        'bank removed',
      );
      answer = `Removed "${clip(bank.title, 100)}": new rounds will not use it. Its past rounds and scores stay.`;
    }
    await interaction.reply(privately(answer));
  },
};
