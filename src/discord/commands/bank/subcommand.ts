import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { BotContext } from '../../context.js';

/** One `/bank …` subcommand, kept in its own file. */
export interface BankSubcommand {
  name: string;
  describe(builder: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder;
  /** Moderators only; checked again when the command runs. */
  moderatorsOnly: boolean;
  run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<void>;
  autocomplete?(ctx: BotContext, interaction: AutocompleteInteraction<'cached' | 'raw'>): Promise<void>;
}
