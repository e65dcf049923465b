import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { Tally } from '../../quiz/tally.js';
import { groupIntoMessages, splitIntoEmbeds } from './fit-embeds.js';
import { clip, LIMITS } from './limits.js';
import { NO_PINGS, type QuestionView } from './question-message.js';
import { withReadableMath } from './readable-math.js';

export interface RevealQuestion extends QuestionView {
  options: readonly { letter: string; text: string; isCorrect: boolean; note: string }[];
}

/** Mentions listed by name before the rest are summed up; a long list helps nobody. */
const MAX_NAMED_WINNERS = 40;

/**
 * The reveal: every option in its original order with ✓ or ✗, its note and how many chose it,
 * then the members who got it exactly right. Mentions in embeds never ping, and
 * `allowed_mentions` is empty on top. Returns one message body per message needed.
 */
export function buildRevealMessages(
  question: RevealQuestion,
  tally: Tally,
  replyTo: string | null,
): RESTPostAPIChannelMessageJSONBody[] {
  const optionSections = question.options.map((o) => {
    const mark = o.isCorrect ? '✅' : '❌';
    const chosen = tally.chosenBy.get(o.letter) ?? 0;
    const note = o.note === '' ? '' : `\n> ${withReadableMath(o.note).replace(/\n/g, '\n> ')}`;
    return `${mark} **${o.letter})** ${withReadableMath(o.text)}${note}\n*${chosenLabel(chosen)}*`;
  });
  const right = question.options.filter((o) => o.isCorrect).map((o) => o.letter);

  const embeds = splitIntoEmbeds({
    title: clip(`Answer · ${question.bankTitle} · Question ${question.number}`, LIMITS.embedTitle),
    sections: [...optionSections, `**Right answer:** ${right.join(', ')}`, winnersLine(tally)],
    footer: `${tally.answered} answered`,
  });

  return groupIntoMessages(embeds).map((group, i) => ({
    embeds: group,
    allowed_mentions: NO_PINGS,
    ...(i === 0 && replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  }));
}

function chosenLabel(count: number): string {
  return count === 1 ? '1 member chose this' : `${count} members chose this`;
}

function winnersLine(tally: Tally): string {
  const winners = tally.exactlyRight;
  if (tally.answered === 0) return 'Nobody answered this time.';
  if (winners.length === 0) return `Nobody got it exactly right (${tally.answered} answered).`;

  const named = winners
    .slice(0, MAX_NAMED_WINNERS)
    .map((id) => `<@${id}>`)
    .join(', ');
  const more = winners.length > MAX_NAMED_WINNERS ? ` and ${winners.length - MAX_NAMED_WINNERS} more` : '';
  return `**Got it right (${winners.length} of ${tally.answered}):** ${named}${more}`;
}
