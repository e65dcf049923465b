import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import { countRankedMembers, readStanding } from '../../db/leaderboard.js';
import { readMemberBankTotals, readScheduledOutcomes } from '../../db/stats.js';
import { countStreaks } from '../../quiz/streaks.js';
import type { BotContext } from '../context.js';
import { buildStatsEmbed } from '../embeds/stats-message.js';
import type { SlashCommand } from './command.js';

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  const guildId = interaction.guildId;
  // The option's value is the member's id; reading it directly needs no resolved user object.
  const member = interaction.options.get('member')?.value;
  const userId = typeof member === 'string' ? member : interaction.user.id;
  const scope = { guildId };

  const embed = buildStatsEmbed({
    userId,
    standing: readStanding(ctx.db, scope, userId),
    members: countRankedMembers(ctx.db, scope),
    streaks: countStreaks(readScheduledOutcomes(ctx.db, guildId, userId)),
    banks: readMemberBankTotals(ctx.db, guildId, userId),
  });
  // Only the asker sees it: progress is personal, and a channel is no place for everyone's figures.
  await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

const data = new SlashCommandBuilder()
  .setName('stats')
  .setDescription('Answers, accuracy, points, streaks and rank of a member')
  .setContexts(InteractionContextType.Guild)
  .addUserOption((o) => o.setName('member').setDescription('Whose stats (default: yours)'));

/** `/stats [member]`: one member's figures, all time, in this server. */
export const statsCommand: SlashCommand = { data: data.toJSON(), run };
