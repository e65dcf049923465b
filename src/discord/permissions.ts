import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { readGuildSettings } from '../db/guild-settings.js';
import type { BotContext } from './context.js';
import { privately } from './reply.js';

type GuildCommand = ChatInputCommandInteraction<'cached' | 'raw'>;

/**
 * Members with Manage Server, or with the role a server named in `/config moderator-role`.
 * Checked when a command runs: server admins can change who sees a command, so its
 * `default_member_permissions` is only a first filter.
 */
export function isModerator(ctx: BotContext, interaction: GuildCommand): boolean {
  if (interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) return true;

  const roleId = readGuildSettings(ctx.db, interaction.guildId).moderatorRoleId;
  if (!roleId) return false;
  const roles = interaction.member.roles;
  return Array.isArray(roles) ? roles.includes(roleId) : roles.cache.has(roleId);
}

/** Answers a refusal and returns false unless the member is a moderator. */
export async function requireModerator(ctx: BotContext, interaction: GuildCommand): Promise<boolean> {
  if (isModerator(ctx, interaction)) return true;
  await interaction.reply(privately('Only moderators can do that (Manage Server, or the moderator role).'));
  return false;
}

/** Answers a refusal and returns false unless the member has Manage Server itself. */
export async function requireManageServer(interaction: GuildCommand): Promise<boolean> {
  if (interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) return true;
  await interaction.reply(privately('Only members with Manage Server can change the settings.'));
  return false;
}
