import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { BotContext } from '../context.js';
import { requireModerator } from '../permissions.js';
import type { SlashCommand } from './command.js';

/** One subcommand of a command such as `/bank` or `/schedule`, kept in its own file. */
export interface Subcommand {
  name: string;
  describe(builder: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder;
  /** Moderators only; checked when the subcommand runs, whatever Discord showed the member. */
  moderatorsOnly?: boolean;
  run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<void>;
  autocomplete?(ctx: BotContext, interaction: AutocompleteInteraction<'cached' | 'raw'>): Promise<void>;
}

/**
 * A command made of subcommands: registers each one and sends each interaction to its own.
 * `moderatorsOnly` makes every subcommand a moderator's. A subcommand the bot no longer has is
 * left unanswered here and answered by the router's net.
 */
export function commandOfSubcommands(
  builder: SlashCommandBuilder,
  subcommands: readonly Subcommand[],
  options: { moderatorsOnly?: boolean } = {},
): SlashCommand {
  for (const sub of subcommands) builder.addSubcommand((b) => sub.describe(b));
  const find = (name: string) => subcommands.find((s) => s.name === name);

  return {
    data: builder.toJSON(),
    async run(ctx, interaction) {
      const sub = find(interaction.options.getSubcommand(true));
      if (!sub) return;
      const forModerators = options.moderatorsOnly || sub.moderatorsOnly;
      if (forModerators && !(await requireModerator(ctx, interaction))) return;
      await sub.run(ctx, interaction);
    },
    // Suggestions are only names, so they are offered to everyone; running checks the rights.
    async autocomplete(ctx, interaction) {
      await find(interaction.options.getSubcommand(true))?.autocomplete?.(ctx, interaction);
    },
  };
}
