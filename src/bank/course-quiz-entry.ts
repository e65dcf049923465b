import type { Entry } from './course-quiz-layout.js';
import { tidyLine, tidyMarkdown } from './markdown.js';

export interface EntryOption {
  letter: string;
  /** Everything after `A)`: the option's words, or in Answers the mark, words and note. */
  rest: string;
  line: number;
}

export interface ParsedEntry {
  number: number;
  line: number;
  /** The question as written, before the first option. */
  text: string;
  options: EntryOption[];
  corrects: { value: string; line: number }[];
  /** Lines after the options that belong to no option. */
  stray: number[];
}

const OPTION_LINE = /^([A-Za-z])[.)](?:\s+([\s\S]*))?$/;
const CORRECT_LINE = /^\*\*Correct(?:\s+answers?)?(?::\*\*|\*\*\s*:)\s*(.*)$/i;

/**
 * Splits an entry into question text, option lines and Correct lines. Options and Correct lines
 * are only looked for in paragraphs, so a `B) …` line in a code block or table stays text. A
 * paragraph line right under an option continues that option, as markdown would render it.
 */
export function parseEntry(entry: Entry): ParsedEntry {
  const parsed: ParsedEntry = {
    number: entry.number,
    line: entry.line,
    text: '',
    options: [],
    corrects: [],
    stray: [],
  };
  const textLines = [entry.heading];
  let continued: { option: EntryOption; paragraph: number } | undefined;

  for (const { line, text, paragraph } of entry.body) {
    const words = tidyLine(text).trim();
    const option = paragraph === undefined ? null : OPTION_LINE.exec(words);
    const correct = paragraph === undefined ? null : CORRECT_LINE.exec(words);

    if (correct) {
      parsed.corrects.push({ value: correct[1] ?? '', line });
      continued = undefined;
    } else if (option && paragraph !== undefined) {
      const found = { letter: (option[1] ?? '').toUpperCase(), rest: option[2] ?? '', line };
      parsed.options.push(found);
      continued = { option: found, paragraph };
    } else if (parsed.options.length === 0 && parsed.corrects.length === 0) {
      textLines.push(text);
    } else if (continued && paragraph === continued.paragraph) {
      continued.option.rest = `${continued.option.rest} ${words}`.trim();
    } else if (words !== '') {
      parsed.stray.push(line);
    }
  }

  parsed.text = tidyMarkdown(textLines);
  return parsed;
}
