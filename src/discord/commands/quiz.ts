import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import { findBank, listBanks } from '../../db/banks.js';
import {
  DEFAULT_DURATION_SECONDS,
  MAX_DURATION_SECONDS,
  MIN_DURATION_SECONDS,
  unixSeconds,
} from '../../quiz/round-timing.js';
import type { BotContext } from '../context.js';
import { clip } from '../embeds/limits.js';
import { startRound } from '../rounds/start-round.js';
import type { SlashCommand } from './command.js';

async function run(ctx: BotContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>) {
  // Posting the question is a REST call that can be slow when Discord is: defer first so the
  // 3-second window never decides the outcome.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });

  const bankName = interaction.options.getString('bank');
  const bank = bankName === null ? undefined : findBank(ctx.db, interaction.guildId, bankName);
  if (bankName !== null && (!bank || bank.hidden)) {
    await interaction.editReply(
      `There is no question bank called "${clip(bankName, 100)}". Try /quiz and pick one.`,
    );
    return;
  }

  const result = await startRound(ctx, {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    startedBy: interaction.user.id,
    bankId: bank?.id,
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

/** Suggests banks whose title or name contains what the member has typed so far. */
async function suggestBanks(ctx: BotContext, interaction: AutocompleteInteraction<'cached' | 'raw'>) {
  const typed = interaction.options.getFocused().toLowerCase();
  const matches = listBanks(ctx.db, interaction.guildId)
    .filter((b) => b.title.toLowerCase().includes(typed) || b.slug.toLowerCase().includes(typed))
    .slice(0, 25);
  await interaction.respond(
    matches.map((b) => ({ name: clip(`${b.title} (${b.questionCount} questions)`, 100), value: b.slug })),
  );
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
