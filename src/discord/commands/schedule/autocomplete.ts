import type { AutocompleteInteraction } from 'discord.js';
import { suggestTimeZones } from '../../../schedule/time-zones.js';
import type { BotContext } from '../../context.js';
import { suggestBanks } from '../bank-option.js';

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

  await suggestBanks(ctx, interaction);
}
