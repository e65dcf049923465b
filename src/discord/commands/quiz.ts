import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import {
  DEFAULT_DURATION_SECONDS,
  MAX_DURATION_SECONDS,
  MIN_DURATION_SECONDS,
  unixSeconds,
} from '../../quiz/round-timing.js';
import type { BotContext } from '../context.js';
import { startRound } from '../rounds/start-round.js';
import { resolveBankOption, suggestBanks } from './bank-option.js';
import type { SlashCommand } from './command.js';

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  // Posting the question is a REST call that can be slow when Discord is: defer first so the
  // 3-second window never decides the outcome.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });

  const choice = resolveBankOption(ctx, interaction.guildId, interaction.options.getString('bank'));
  if (!choice.ok) {
    await interaction.editReply(choice.message);
    return;
  }

  const result = await startRound(ctx, {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    startedBy: interaction.user.id,
    bankId: choice.bank?.id,
    questionNumber: interaction.options.getInteger('question') ?? undefined,
    durationSeconds: interaction.options.getInteger('duration') ?? DEFAULT_DURATION_SECONDS,
  });

  if (result.ok) {
    const closes = unixSeconds(result.round.closesAt);
    await interaction.editReply(`Posted question ${result.question.number}. It closes <t:${closes}:R>.`);
  } else if (result.code === 'channel-busy') {
    const closes = unixSeconds(result.openRound.closesAt);
    await interaction.editReply(`A round is already open in this channel. It closes <t:${closes}:R>.`);
  } else {
    await interaction.editReply(result.message);
  }
}

const data = new SlashCommandBuilder()
  .setName('quiz')
  .setDescription('Post a multiple-choice question in this channel')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) =>
    o.setName('bank').setDescription('Question bank (default: the first one)').setAutocomplete(true),
  )
  .addIntegerOption((o) =>
    o
      .setName('question')
      .setDescription('Question number (default: one this channel has not had)')
      .setMinValue(1),
  )
  .addIntegerOption((o) =>
    o
      .setName('duration')
      .setDescription('Seconds until the answer is revealed (default 60)')
      .setMinValue(MIN_DURATION_SECONDS)
      .setMaxValue(MAX_DURATION_SECONDS),
  );

/** `/quiz [bank] [question] [duration]`: opens a round in this channel. */
export const quizCommand: SlashCommand = { data: data.toJSON(), run, autocomplete: suggestBanks };
