import {
  type APIGuildMember,
  type APIInteractionGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  ChannelType,
  type GuildMemberFlags,
  type RoleFlags,
} from 'discord-api-types/v10';
import { unknownChannel } from './api-error.js';
import { BOT_PERMISSIONS, MEMBER_PERMISSIONS, permissionString } from './permissions.js';
import { nextSnowflake } from './snowflake.js';

/** Discord sends 0 when no flag is set; the flag enums have no member for that. */
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;
const NO_ROLE_FLAGS = 0 as RoleFlags;

export interface ChannelSeed {
  id?: string;
  name: string;
}

export interface MemberSeed {
  id?: string;
  username: string;
  /** Guild-wide permissions the member's interactions carry; plain member rights when left out. */
  permissions?: bigint | string;
  roles?: string[];
}

export interface GuildSeed {
  id?: string;
  name: string;
  channels?: ChannelSeed[];
  /** Extra roles with no permissions of their own, e.g. a moderator role named in the bot's config. */
  roles?: { id?: string; name: string }[];
  members?: MemberSeed[];
}

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  channels: Map<string, APITextChannel>;
  roles: APIRole[];
  botRoleId: string;
  members: Map<string, MemberRecord>;
}

export interface MemberRecord {
  user: APIUser;
  roles: string[];
  permissions: string;
  joinedAt: string;
}

/** Guilds, channels and members: the world the bot sees in GUILD_CREATE and in interactions. */
export class GuildState {
  readonly guilds = new Map<string, GuildRecord>();
  private readonly channelGuild = new Map<string, string>();
  private readonly users = new Map<string, APIUser>();

  constructor(readonly botUser: APIUser) {}

  addGuild(seed: GuildSeed): GuildRecord {
    const id = seed.id ?? nextSnowflake();
    const botRole = role(nextSnowflake(), this.botUser.username, BOT_PERMISSIONS, 1);
    const guild: GuildRecord = {
      id,
      name: seed.name,
      ownerId: nextSnowflake(),
      joinedAt: new Date().toISOString(),
      channels: new Map(),
      roles: [
        role(id, '@everyone', MEMBER_PERMISSIONS, 0),
        { ...botRole, managed: true },
        ...(seed.roles ?? []).map((extra, index) =>
          role(extra.id ?? nextSnowflake(), extra.name, 0n, index + 2),
        ),
      ],
      botRoleId: botRole.id,
      members: new Map(),
    };
    this.guilds.set(id, guild);

    seed.channels?.forEach((channel, position) => {
      this.addChannel(guild, channel, position);
    });
    for (const member of seed.members ?? []) this.addMember(id, member);
    return guild;
  }

  addMember(guildId: string, seed: MemberSeed): MemberRecord {
    const user: APIUser = { ...userObject(seed.id ?? nextSnowflake()), username: seed.username };
    const member: MemberRecord = {
      user,
      roles: seed.roles ?? [],
      permissions: permissionString(seed.permissions, MEMBER_PERMISSIONS),
      joinedAt: new Date().toISOString(),
    };
    this.guild(guildId).members.set(user.id, member);
    this.users.set(user.id, user);
    return member;
  }

  /** Interactions may come from any user id; strangers become plain members on first sight. */
  member(guildId: string, userId: string): MemberRecord {
    const guild = this.guild(guildId);
    const known = guild.members.get(userId);
    if (known) return known;

    const user = this.users.get(userId) ?? userObject(userId);
    const member = { user, roles: [], permissions: MEMBER_PERMISSIONS.toString(), joinedAt: guild.joinedAt };
    guild.members.set(userId, member);
    return member;
  }

  guild(guildId: string): GuildRecord {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`FakeDiscord has no guild ${guildId}`);
    return guild;
  }

  /** The channel or Discord's 10003, as every channel route needs. */
  channel(channelId: string): APITextChannel {
    const guildId = this.channelGuild.get(channelId);
    const channel = guildId ? this.guilds.get(guildId)?.channels.get(channelId) : undefined;
    if (!channel) throw unknownChannel();
    return channel;
  }

  /** Removes the channel and returns it, so the gateway can announce CHANNEL_DELETE. */
  deleteChannel(channelId: string): APITextChannel {
    const channel = this.channel(channelId);
    this.guilds.get(channel.guild_id ?? '')?.channels.delete(channelId);
    this.channelGuild.delete(channelId);
    return channel;
  }

  botMember(guild: GuildRecord): APIGuildMember {
    return {
      user: this.botUser,
      roles: [guild.botRoleId],
      joined_at: guild.joinedAt,
      deaf: false,
      mute: false,
      flags: NO_MEMBER_FLAGS,
    };
  }

  interactionMember(member: MemberRecord): APIInteractionGuildMember {
    return {
      user: member.user,
      roles: member.roles,
      permissions: member.permissions,
      joined_at: member.joinedAt,
      deaf: false,
      mute: false,
      flags: NO_MEMBER_FLAGS,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
    };
  }

  private addChannel(guild: GuildRecord, seed: ChannelSeed, position: number): void {
    const id = seed.id ?? nextSnowflake();
    guild.channels.set(id, {
      id,
      type: ChannelType.GuildText,
      guild_id: guild.id,
      name: seed.name,
      position,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
    });
    this.channelGuild.set(id, guild.id);
  }
}

export function userObject(id: string, bot = false): APIUser {
  return { id, username: `user${id.slice(-6)}`, discriminator: '0', global_name: null, avatar: null, bot };
}

/** @everyone shares the guild's id and grants the base permissions; the bot's own role adds more. */
function role(id: string, name: string, permissions: bigint, position: number): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: NO_ROLE_FLAGS,
  };
}
