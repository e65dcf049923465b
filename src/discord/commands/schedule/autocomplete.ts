import type { AutocompleteInteraction } from 'discord.js';
import { listBanks } from '../../../db/banks.js';
import { suggestTimeZones } from '../../../schedule/time-zones.js';
import type { BotContext } from '../../context.js';
import { clip } from '../../embeds/limits.js';

/** Discord shows at most 25 choices and wants them within 3 seconds, without a deferral. */
const MAX_CHOICES = 25;

/** Suggestions for `/schedule add`: time zones the runtime knows, and this server's banks. */
export async function suggestScheduleOptions(
  ctx: BotContext,
  interaction: AutocompleteInteraction<'cached' | 'raw'>,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'timezone') {
    const zones = suggestTimeZones(focused.value, MAX_CHOICES);
    await interaction.respond(zones.map((zone) => ({ name: zone, value: zone })));
    return;
  }

  const typed = focused.value.toLowerCase();
  const banks = listBanks(ctx.db, interaction.guildId)
    .filter((b) => b.title.toLowerCase().includes(typed) || b.slug.toLowerCase().includes(typed))
    .slice(0, MAX_CHOICES);
  await interaction.respond(
    banks.map((b) => ({ name: clip(`${b.title} (${b.questionCount} questions)`, 100), value: b.slug })),
  );
}
