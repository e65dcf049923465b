import type { ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { BotContext } from '../../context.js';

/** One `/schedule …` subcommand, kept in its own file. Every one is for moderators. */
export interface ScheduleSubcommand {
  name: string;
  describe(builder: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder;
  run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<void>;
}
