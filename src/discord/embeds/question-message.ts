import {
  type APIAllowedMentions,
  type APIEmbed,
  ComponentType,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord-api-types/v10';
import { unixSeconds } from '../../quiz/round-timing.js';
import { answerSelectId } from '../custom-ids.js';
import { fitEmbeds } from './fit-embeds.js';
import { clip, LIMITS } from './limits.js';
import { withReadableMath } from './readable-math.js';

export interface QuestionView {
  bankTitle: string;
  number: number;
  text: string;
  options: readonly { letter: string; text: string }[];
}

export interface RoundView {
  id: number;
  closesAt: Date;
  answered: number;
  closed: boolean;
}

/** Nothing the bot posts may ping, whatever a bank's text says. */
export const NO_PINGS: APIAllowedMentions = Object.freeze({ parse: [] });

/**
 * The public question message: the question and every option in full in embeds, and a select
 * menu whose labels may be shortened (100 characters) because the embed keeps the whole text.
 */
export function buildQuestionMessage(
  question: QuestionView,
  round: RoundView,
): RESTPostAPIChannelMessageJSONBody {
  const when = unixSeconds(round.closesAt);
  const optionLines = question.options.map((o) => `**${o.letter})** ${withReadableMath(o.text)}`);
  const closing = round.closed ? `Closed <t:${when}:R>.` : `Closes <t:${when}:R> (<t:${when}:t>).`;
  const embeds: APIEmbed[] = fitEmbeds({
    title: clip(`${question.bankTitle} · Question ${question.number}`, LIMITS.embedTitle),
    sections: [withReadableMath(question.text), optionLines.join('\n'), closing],
    footer: `${round.answered} answered`,
  });

  return {
    embeds,
    allowed_mentions: NO_PINGS,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: answerSelectId(round.id),
            placeholder: round.closed ? 'This round is closed' : 'Choose every option you think is right',
            min_values: 1,
            max_values: question.options.length,
            disabled: round.closed,
            options: question.options.map((o) => ({
              label: clip(`${o.letter}) ${o.text.replace(/\s+/g, ' ')}`, LIMITS.selectOptionLabel),
              value: o.letter,
            })),
          },
        ],
      },
    ],
  };
}
