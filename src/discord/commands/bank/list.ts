import { listBanks } from '../../../db/banks.js';
import { LIMITS, linesWithin } from '../../embeds/limits.js';
import { NO_PINGS } from '../../embeds/question-message.js';
import { isModerator } from '../../permissions.js';
import type { Subcommand } from '../subcommands.js';

/** `/bank list`: the banks this server can quiz from; moderators also see removed ones. */
export const listBanksSubcommand: Subcommand = {
  name: 'list',
  moderatorsOnly: false,
  describe: (b) => b.setName('list').setDescription('The question banks this server can use'),
  async run(ctx, interaction) {
    const banks = listBanks(ctx.db, interaction.guildId, { includeHidden: isModerator(ctx, interaction) });
    const lines = banks.map((bank) => {
      const origin = bank.guildId === '' ? 'shared' : 'this server';
      const removed = bank.hidden ? ' · removed' : '';
      return `**${bank.title}** (\`${bank.slug}\`) · ${bank.questionCount} questions · ${origin}${removed}`;
    });
    const more = (n: number) => `…and ${n} more: type in the bank option of /quiz to find them.`;
    const description = linesWithin(lines, LIMITS.embedDescription, more) || 'No banks yet.';
    await interaction.reply({
      embeds: [{ color: 0x5865f2, title: 'Question banks', description }],
      allowedMentions: NO_PINGS,
    });
  },
};
