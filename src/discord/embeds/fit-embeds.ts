import type { APIEmbed } from 'discord-api-types/v10';
import { clip, LIMITS, packSections } from './limits.js';

export interface EmbedText {
  title: string;
  sections: readonly string[];
  footer?: string;
}

const QUIZ_COLOUR = 0x5865f2;

/**
 * Lays text out over as many embeds as it needs, each description within Discord's 4,096
 * characters. Only the first embed carries the title and the last the footer.
 */
export function splitIntoEmbeds(text: EmbedText): APIEmbed[] {
  const chunks = packSections(text.sections, LIMITS.embedDescription);
  return chunks.map((description, i) => ({
    color: QUIZ_COLOUR,
    ...(i === 0 ? { title: text.title } : {}),
    description,
    ...(i === chunks.length - 1 && text.footer
      ? { footer: { text: clip(text.footer, LIMITS.embedFooter) } }
      : {}),
  }));
}

export function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
}

/**
 * Groups embeds into messages of at most 10 embeds and 6,000 characters, as Discord requires
 * of one message.
 */
export function groupIntoMessages(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.length === LIMITS.embedsPerMessage || size + length > LIMITS.embedTotal) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/**
 * Fits text into the embeds of a single message. Text beyond one message's 6,000 characters is
 * cut with a note saying how much, so a reader knows something is missing. The note and the
 * footer are counted in the budget: the message as sent stays within 6,000.
 */
export function fitEmbeds(text: EmbedText): APIEmbed[] {
  const [first, ...rest] = groupIntoMessages(splitIntoEmbeds(text));
  if (!first || rest.length === 0) return first ?? [];

  const all = descriptionChars([...first, ...rest.flat()]);
  const last = first[first.length - 1] as APIEmbed;
  const before = first.slice(0, -1);
  const footer = text.footer ? clip(text.footer, LIMITS.embedFooter) : undefined;
  const fixed =
    before.reduce((n, e) => n + embedLength(e), 0) + (last.title?.length ?? 0) + (footer?.length ?? 0);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed) - noteFor(all).length;

  const kept = clip(last.description ?? '', room);
  last.description = `${kept}${noteFor(all - descriptionChars(before) - kept.length)}`;
  if (footer) last.footer = { text: footer };
  else delete last.footer;
  return first;
}

function descriptionChars(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + (e.description?.length ?? 0), 0);
}

function noteFor(lost: number): string {
  return `\n… (${lost} more characters did not fit in one Discord message)`;
}
