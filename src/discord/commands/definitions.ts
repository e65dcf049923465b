import { answerSelect } from '../components/answer-select.js';
import { leaderboardPages } from '../components/leaderboard-pages.js';
import { bankCommand } from './bank/index.js';
import type { ComponentHandler, SlashCommand } from './command.js';
import { configCommand } from './config.js';
import { leaderboardCommand } from './leaderboard.js';
import { quizCommand } from './quiz.js';
import { scheduleCommand } from './schedule/index.js';
import { statsCommand } from './stats.js';

/** Every slash command the bot registers and answers. */
export const slashCommands: readonly SlashCommand[] = [
  quizCommand,
  leaderboardCommand,
  statsCommand,
  bankCommand,
  configCommand,
  scheduleCommand,
];

/** Every button and menu the bot answers, by custom id prefix. */
export const componentHandlers: readonly ComponentHandler[] = [answerSelect, leaderboardPages];

export function commandDefinitions() {
  return slashCommands.map((command) => command.data);
}
