import {
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import { MAX_DURATION_SECONDS, MIN_DURATION_SECONDS } from '../../quiz/round-timing.js';

/** Every command is server-only: rounds, scores and schedules belong to a server. */
const quiz = new SlashCommandBuilder()
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

const leaderboard = new SlashCommandBuilder()
  .setName('leaderboard')
  .setDescription("This server's top members by points")
  .setContexts(InteractionContextType.Guild);

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [quiz.toJSON(), leaderboard.toJSON()];
}
