import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.js';

/** A slash command: its registration body and its handlers. Interactions outside servers never arrive. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<void>;
  autocomplete?(ctx: BotContext, interaction: AutocompleteInteraction<'cached' | 'raw'>): Promise<void>;
}

/** A button or menu handler, found by the prefix of the component's custom id. */
export interface ComponentHandler {
  prefix: string;
  handle(ctx: BotContext, interaction: MessageComponentInteraction<'cached' | 'raw'>): Promise<void>;
}
