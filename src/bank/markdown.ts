import type { Heading, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * Parses with GFM so that tables and task lists are real nodes. Readers rely on the tree, not on
 * regular expressions over the whole file, so `A) …` or `1. …` inside a code block stays code.
 */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** 1-based line where a node starts; parsed nodes always carry a position. */
export function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export function endLine(node: Nodes): number {
  return node.position?.end.line ?? startLine(node);
}

/** The heading's words as written, without the `#` marks or closing sequence. */
export function headingSource(heading: Heading, source: string): string {
  const first = heading.children[0];
  const last = heading.children.at(-1);
  if (!first?.position || !last?.position) return '';
  return source.slice(first.position.start.offset, last.position.end.offset).trim();
}

/** Raw source lines of the file, indexed so that `lines[n - 1]` is line n. */
export function sourceLines(source: string): string[] {
  return source.split('\n');
}

/**
 * Drops what only affects layout: trailing spaces (markdown's hard break), a trailing `<br>`,
 * and blank lines at either end. Everything else, code fences and `\[ \]` included, stays.
 */
export function tidyMarkdown(lines: readonly string[]): string {
  const tidy = lines.map(tidyLine);

  while (tidy.length > 0 && tidy[0] === '') tidy.shift();
  while (tidy.length > 0 && tidy.at(-1) === '') tidy.pop();
  return tidy.join('\n');
}

const BR_AT_END = /<br\s*\/?>$/i;

/**
 * One line without trailing spaces or trailing `<br>`s. A loop rather than one regular expression,
 * which would backtrack quadratically over a long run of spaces in a hostile file.
 */
export function tidyLine(line: string): string {
  let tidy = line.trimEnd();
  for (let br = BR_AT_END.exec(tidy); br; br = BR_AT_END.exec(tidy)) tidy = tidy.slice(0, br.index).trimEnd();
  return tidy;
}

/** The source of consecutive sibling nodes, from the first one's start to the last one's end. */
export function sliceNodes(nodes: readonly Nodes[], source: string): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** A form for comparing wording: case, spacing and a trailing `<br>` do not count. */
export function wordingKey(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
