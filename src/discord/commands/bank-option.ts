import type { AutocompleteInteraction } from 'discord.js';
import { type BankRow, findBank, listBanks } from '../../db/banks.js';
import type { BotContext } from '../context.js';
import { clip } from '../embeds/limits.js';

/**
 * Suggests banks whose title or name contains what the member has typed so far. Discord takes at
 * most 25 choices, within 3 seconds and without deferring.
 * @see https://discord.com/developers/docs/interactions/application-commands#autocomplete
 */
export async function suggestBanks(ctx: BotContext, interaction: AutocompleteInteraction<'cached' | 'raw'>) {
  const typed = interaction.options.getFocused().toLowerCase();
  const matches = listBanks(ctx.db, interaction.guildId)
    .filter((b) => b.title.toLowerCase().includes(typed) || b.slug.toLowerCase().includes(typed))
    .slice(0, 25);
  await interaction.respond(
    matches.map((b) => ({ name: clip(`${b.title} (${b.questionCount} questions)`, 100), value: b.slug })),
  );
}

export type BankChoice = { ok: true; bank: BankRow | undefined } | { ok: false; message: string };

/** The bank a `bank` option names (none when it was left empty), or the words for a wrong name. */
export function resolveBankOption(ctx: BotContext, guildId: string, name: string | null): BankChoice {
  if (name === null) return { ok: true, bank: undefined };
  const bank = findBank(ctx.db, guildId, name);
  if (!bank || bank.hidden) {
    return {
      ok: false,
      message: `There is no question bank called "${clip(name, 100)}". /bank list shows them.`,
    };
  }
  return { ok: true, bank };
}
