import type { Root, RootContent } from 'mdast';
import { endLine, headingSource, sourceLines, startLine } from './markdown.js';

/** One source line inside a question or answer entry. */
export interface EntryLine {
  line: number;
  text: string;
  /** Index of the top-level paragraph holding the line; undefined for code, tables, blanks. */
  paragraph: number | undefined;
}

/** A `#### N.` heading inside `## Questions` or `## Answers`, with the lines under it. */
export interface Entry {
  number: number;
  line: number;
  heading: string;
  body: EntryLine[];
}

export interface CourseQuizLayout {
  title: { text: string; line: number } | undefined;
  questionsLine: number | undefined;
  answersLine: number | undefined;
  questions: Entry[];
  answers: Entry[];
}

const QUESTIONS_HEADING = /^questions\b/i;
const ANSWERS_HEADING = /^answers?\b/i;
const ENTRY_HEADING = /^(\d+)\.\s*([\s\S]*)$/;

/**
 * Finds the title, the two sections and the numbered entries in each. A heading of depth 1 or 2
 * starts a new section, so `#### N.` headings in notes before or after the quiz are never read.
 */
export function layOutCourseQuiz(root: Root, source: string): CourseQuizLayout {
  const lines = sourceLines(source);
  const layout: CourseQuizLayout = {
    title: undefined,
    questionsLine: undefined,
    answersLine: undefined,
    questions: [],
    answers: [],
  };
  let section: Entry[] | undefined;
  let entry: Entry | undefined;

  root.children.forEach((node, index) => {
    if (node.type !== 'heading') {
      if (entry) addLines(entry, node, node.type === 'paragraph' ? index : undefined, lines);
      return;
    }

    const words = headingSource(node, source);
    const line = startLine(node);
    entry = undefined;
    if (node.depth <= 2) {
      section = openSection(layout, words, line);
      return;
    }

    const match = section ? ENTRY_HEADING.exec(words) : null;
    if (section && match) {
      entry = { number: Number(match[1]), line, heading: match[2] ?? '', body: [] };
      section.push(entry);
    }
  });
  return layout;
}

function openSection(layout: CourseQuizLayout, words: string, line: number): Entry[] | undefined {
  if (QUESTIONS_HEADING.test(words)) {
    layout.questionsLine ??= line;
    return layout.questions;
  }
  if (ANSWERS_HEADING.test(words)) {
    layout.answersLine ??= line;
    return layout.answers;
  }
  layout.title ??= { text: words, line };
  return undefined;
}

/** Adds the blank lines before a node, then the node's own lines. */
function addLines(entry: Entry, node: RootContent, paragraph: number | undefined, lines: string[]): void {
  const first = startLine(node);
  const previous = entry.body.at(-1)?.line ?? entry.line;

  for (let line = previous + 1; line <= endLine(node); line++) {
    entry.body.push({ line, text: lines[line - 1] ?? '', paragraph: line >= first ? paragraph : undefined });
  }
}
