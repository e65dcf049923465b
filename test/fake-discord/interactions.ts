import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APITextChannel,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord-api-types/v10';

/** Who acts where; the user id may be one the fake has never seen. */
export interface InteractionTarget {
  guildId: string;
  channelId: string;
  userId: string;
  locale?: Locale;
}

export interface SlashCommandInput extends InteractionTarget {
  name: string;
  options?: APIApplicationCommandInteractionDataBasicOption[];
  subcommand?: string;
  subcommandGroup?: string;
  /** Files from `FakeDiscord.upload`, sent in `data.resolved.attachments`. */
  attachments?: APIAttachment[];
}

export interface AutocompleteInput extends Omit<SlashCommandInput, 'options' | 'attachments'> {
  focused: { name: string; value: string; type?: ApplicationCommandOptionType.String };
  options?: APIApplicationCommandInteractionDataBasicOption[];
}

export interface SelectInput extends InteractionTarget {
  messageId: string;
  customId: string;
  values: string[];
}

export interface ButtonInput extends InteractionTarget {
  messageId: string;
  customId: string;
}

/** Everything the fake resolved before building a payload. */
export interface InteractionContext {
  id: string;
  token: string;
  applicationId: string;
  channel: APITextChannel;
  member: APIInteractionGuildMember;
  appPermissions: string;
  locale: Locale;
}

/** 8 MiB, the upload limit of a guild without boosts. */
const ATTACHMENT_SIZE_LIMIT = 8 * 1024 * 1024;

/**
 * Fields every guild interaction carries. discord.js reads `entitlements`, `app_permissions` and
 * `authorizing_integration_owners` unconditionally, so leaving any out makes it throw.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
function base(ctx: InteractionContext) {
  const guildId = ctx.channel.guild_id ?? '';
  return {
    id: ctx.id,
    application_id: ctx.applicationId,
    token: ctx.token,
    version: 1 as const,
    guild_id: guildId,
    guild: { id: guildId, locale: Locale.EnglishUS, features: [] },
    channel: ctx.channel,
    channel_id: ctx.channel.id,
    member: ctx.member,
    app_permissions: ctx.appPermissions,
    locale: ctx.locale,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
}

export function slashCommand(
  ctx: InteractionContext,
  input: SlashCommandInput,
  commandId: string,
): APIChatInputApplicationCommandInteraction {
  return {
    ...base(ctx),
    type: InteractionType.ApplicationCommand,
    data: {
      id: commandId,
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      guild_id: ctx.channel.guild_id,
      options: nest(input, input.options ?? []),
      ...(input.attachments?.length && {
        resolved: { attachments: Object.fromEntries(input.attachments.map((file) => [file.id, file])) },
      }),
    },
  };
}

export function autocomplete(
  ctx: InteractionContext,
  input: AutocompleteInput,
  commandId: string,
): APIApplicationCommandAutocompleteInteraction {
  const focused = { ...input.focused, type: ApplicationCommandOptionType.String, focused: true } as const;
  return {
    ...base(ctx),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: commandId,
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      guild_id: ctx.channel.guild_id,
      options: nest(input, [...(input.options ?? []), focused]),
    },
  };
}

export function stringSelect(
  ctx: InteractionContext,
  input: SelectInput,
  message: APIMessage,
): APIMessageComponentInteraction {
  return {
    ...base(ctx),
    type: InteractionType.MessageComponent,
    message,
    data: { custom_id: input.customId, component_type: ComponentType.StringSelect, values: input.values },
  };
}

export function button(
  ctx: InteractionContext,
  input: ButtonInput,
  message: APIMessage,
): APIMessageComponentInteraction {
  return {
    ...base(ctx),
    type: InteractionType.MessageComponent,
    message,
    data: { custom_id: input.customId, component_type: ComponentType.Button },
  };
}

/** Options of a subcommand sit inside it, and a subcommand inside its group. */
function nest(
  input: Pick<SlashCommandInput, 'subcommand' | 'subcommandGroup'>,
  options: APIApplicationCommandInteractionDataBasicOption[],
): APIApplicationCommandInteractionDataOption[] {
  if (!input.subcommand) return options;

  const sub = { type: ApplicationCommandOptionType.Subcommand as const, name: input.subcommand, options };
  if (!input.subcommandGroup) return [sub];
  return [
    { type: ApplicationCommandOptionType.SubcommandGroup, name: input.subcommandGroup, options: [sub] },
  ];
}
