/**
 * Discord's message limits, enforced by Discord with a 400 "Invalid Form Body".
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/components/reference#string-select
 */
export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedsPerMessage: 10,
  embedTotal: 6000,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  selectOptions: 25,
  selectPlaceholder: 150,
} as const;

/**
 * Cuts text to `max` characters with a visible ellipsis, so a shortened text never looks whole.
 * Characters are UTF-16 code units, as Discord and JavaScript's `length` count them (a math
 * letter such as 𝑥 is two); a cut never splits such a pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, max - 1))}…`;
}

/** `at`, or one less when `at` would fall between the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
}

/**
 * Packs sections (paragraphs that should stay whole) into chunks of at most `max` characters.
 * A section longer than `max` on its own is cut at line breaks, then hard-cut as a last resort.
 */
export function packSections(sections: readonly string[], max: number, separator = '\n\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const section of sections.flatMap((s) => splitLong(s, max))) {
    const candidate = current === '' ? section : `${current}${separator}${section}`;
    if (candidate.length <= max) {
      current = candidate;
    } else {
      if (current !== '') chunks.push(current);
      current = section;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf('\n', max);
    const at = cut > max / 2 ? cut : safeCut(rest, max);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/**
 * As many whole lines as fit in `max` characters, then a line naming how many were left out,
 * so a long list never breaks Discord's limit and never drops lines silently.
 */
export function linesWithin(lines: readonly string[], max: number, more: (left: number) => string): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const rest = i === lines.length - 1 ? '' : more(lines.length - i);
    if (used + line.length + (rest === '' ? 0 : rest.length + 1) > max) {
      kept.push(more(lines.length - i));
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join('\n');
}
