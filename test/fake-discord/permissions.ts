import { PermissionFlagsBits } from 'discord-api-types/v10';

/**
 * What an ordinary member of a study group may do: read, write, use slash commands. No Manage
 * Server, so commands gated on `default_member_permissions: '32'` see a plain member.
 */
export const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.CreateInstantInvite;

/** The bot may also tidy messages, as a moderator-installed quiz bot usually can. */
export const BOT_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages;

/** Tests pass permissions as bigint or as Discord's decimal string; the wire always wants the string. */
export function permissionString(value: bigint | string | undefined, fallback: bigint): string {
  return (value === undefined ? fallback : BigInt(value)).toString();
}
