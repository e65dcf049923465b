import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { saveGuildSettings } from '../../db/guild-settings.js';
import type { ScoringRule } from '../../quiz/scoring.js';
import { checkTimeZone } from '../../schedule/time-zones.js';
import type { BotContext } from '../context.js';
import { requireManageServer } from '../permissions.js';
import { privately } from '../reply.js';
import type { SlashCommand } from './command.js';
import { suggestScheduleOptions } from './schedule/autocomplete.js';

const RULES: Record<ScoringRule, string> = {
  exact: 'Exact: one point only for exactly the right set of options.',
  partial:
    'Partial: with k right options, each right choice earns 1/k of a point and each wrong one takes 1/k away, never below zero.',
};

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  if (!(await requireManageServer(interaction))) return;

  const sub = interaction.options.getSubcommand(true);
  if (sub === 'scoring') {
    const rule = interaction.options.getString('rule', true) as ScoringRule;
    saveGuildSettings(ctx.db, interaction.guildId, { scoring: rule });
    await interaction.reply(privately(`Scoring is now ${RULES[rule]} It applies from the next reveal on.`));
  } else if (sub === 'moderator-role') {
    const role = interaction.options.getRole('role');
    saveGuildSettings(ctx.db, interaction.guildId, { moderatorRoleId: role?.id ?? null });
    await interaction.reply(
      privately(
        role
          ? `Members with <@&${role.id}> can now manage schedules and banks.`
          : 'The moderator role is cleared.',
      ),
    );
  } else if (sub === 'timezone') {
    const typed = interaction.options.getString('timezone', true);
    const zone = checkTimeZone(typed);
    if (!zone.ok) {
      const closest = zone.closest.join(', ');
      await interaction.reply(
        privately(`"${typed.slice(0, 60)}" is not a time zone I know. Closest: ${closest}.`),
      );
      return;
    }
    saveGuildSettings(ctx.db, interaction.guildId, { timezone: zone.zone });
    await interaction.reply(privately(`This server's time zone is now ${zone.zone}.`));
  }
}

const data = new SlashCommandBuilder()
  .setName('config')
  .setDescription('Server settings for quizzes')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) =>
    s
      .setName('scoring')
      .setDescription('How multi-select answers earn points')
      .addStringOption((o) =>
        o
          .setName('rule')
          .setDescription('exact (default) or partial credit')
          .setRequired(true)
          .addChoices({ name: 'exact', value: 'exact' }, { name: 'partial', value: 'partial' }),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('moderator-role')
      .setDescription('A role whose members may manage schedules and banks (leave empty to clear)')
      .addRoleOption((o) => o.setName('role').setDescription('The moderator role')),
  )
  .addSubcommand((s) =>
    s
      .setName('timezone')
      .setDescription("The server's time zone, for days and weeks in leaderboards")
      .addStringOption((o) =>
        o
          .setName('timezone')
          .setDescription('Time zone, e.g. Europe/Berlin')
          .setRequired(true)
          .setAutocomplete(true),
      ),
  );

/** `/config scoring`, `/config moderator-role` and `/config timezone`, for members with Manage Server. */
export const configCommand: SlashCommand = { data: data.toJSON(), run, autocomplete: suggestScheduleOptions };
