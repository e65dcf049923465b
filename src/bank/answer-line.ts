/** What one `B) ✓ words — note` line under Answers says about its option. */
export interface AnswerLine {
  /** true for ✓, false for ✗, undefined when the line carries no mark. */
  right: boolean | undefined;
  note: string;
  /** Whether the line repeats the option's own words before its note. */
  repeated: boolean;
}

const MARK = /^(?:(✓|✔\uFE0F?|✅)|(✗|✘|❌|✖\uFE0F?))\s*/u;
const WORD_CHARACTER = /^[\p{L}\p{N}_]/u;

/**
 * The note is what follows the option's words when the line repeats them; real files reword,
 * so otherwise the whole line after the mark is the note. Either way a leading dash or colon,
 * or parentheses around the whole note, are layout rather than content.
 */
export function readAnswerLine(rest: string, optionText: string): AnswerLine {
  const mark = MARK.exec(rest);
  const right = mark ? mark[1] !== undefined : undefined;
  const said = collapseSpaces(rest.slice(mark?.[0].length ?? 0));
  const words = collapseSpaces(optionText);

  const after = said.slice(words.length);
  const repeated = said.toLowerCase().startsWith(words.toLowerCase()) && !WORD_CHARACTER.test(after);
  return { right, note: bareNote(repeated ? after : said), repeated };
}

export function markSymbol(right: boolean | undefined): string {
  if (right === undefined) return 'unmarked';
  return right ? '✓' : '✗';
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function bareNote(text: string): string {
  const note = text.replace(/^[\s—–:-]+/, '').trim();
  const inParentheses = /^\((.*)\)\.?$/.exec(note);
  return (inParentheses?.[1] ?? note).trim();
}
