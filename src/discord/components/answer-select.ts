import type { MessageComponentInteraction } from 'discord.js';
import { recordSubmission } from '../../db/submissions.js';
import { checkChoices, encodeChoices } from '../../quiz/choices.js';
import { unixSeconds } from '../../quiz/round-timing.js';
import type { ComponentHandler } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { ANSWER_PREFIX, parseAnswerSelectId } from '../custom-ids.js';
import { privately } from '../reply.js';
import { readAnswerMenu } from './answer-menus.js';

/**
 * A member's choice in a question's menu. Everything is checked against the database, never
 * against the interaction alone: a forged interaction can name any round and any values.
 */
async function recordAnswer(ctx: BotContext, interaction: MessageComponentInteraction<'cached' | 'raw'>) {
  const roundId = parseAnswerSelectId(interaction.customId);
  const round = roundId === undefined ? undefined : readAnswerMenu(ctx.db, roundId);
  const belongsHere =
    round !== undefined &&
    round.guildId === interaction.guildId &&
    round.channelId === interaction.channelId &&
    round.messageId === interaction.message.id;
  if (!round || !belongsHere || !interaction.isStringSelectMenu()) {
    await interaction.reply(privately('This menu does not belong to a quiz round I know.'));
    return;
  }

  const check = checkChoices(interaction.values, round.letters);
  if (!check.ok) {
    await interaction.reply(privately(`That answer was not recorded: ${check.reason}.`));
    return;
  }

  const choices = encodeChoices(check.letters);
  const outcome = recordSubmission(ctx.db, {
    roundId: round.id,
    guildId: round.guildId,
    userId: interaction.user.id,
    choices,
    at: ctx.now(),
  });
  if (outcome === 'round-closed') {
    await interaction.reply(privately('This round has closed; your answer was not recorded.'));
    return;
  }

  const verb = outcome === 'replaced' ? 'Changed your answer to' : 'Recorded your answer:';
  const until = unixSeconds(round.closesAt);
  await interaction.reply(
    privately(
      `${verb} **${check.letters.join(', ')}**. You can change it until the round closes <t:${until}:R>.`,
    ),
  );
  ctx.counter.noteAnswer(round.id);
}

export const answerSelect: ComponentHandler = { prefix: ANSWER_PREFIX, handle: recordAnswer };
