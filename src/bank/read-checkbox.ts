import type { List, ListItem, Root, RootContent } from 'mdast';
import { checkOptions, letterAt } from './check-options.js';
import { headingSource, sliceNodes, startLine, tidyMarkdown } from './markdown.js';
import type { Bank, BankQuestion } from './model.js';
import { ProblemList } from './problems.js';
import { slugOf } from './slug.js';
import { indexByNumber } from './unique-numbers.js';

/** A `#### Q1. text` heading and the nodes under it, up to the next heading. */
interface Block {
  number: number;
  line: number;
  heading: string;
  nodes: RootContent[];
}

const QUESTION_HEADING = /^Q(\d+)\.\s*([\s\S]*)$/;
const EXPLANATION_LABEL = /^\*\*Explanation:?\*\*:?\s*/i;

/** The checkbox format of large public collections: any `#### Q1.` heading selects it. */
export function isCheckboxQuiz(root: Root, source: string): boolean {
  return root.children.some(
    (node) =>
      node.type === 'heading' && node.depth >= 3 && QUESTION_HEADING.test(headingSource(node, source)),
  );
}

/**
 * Options are a task list (`- [ ]` / `- [x]`), the answer ticked in place. Whatever follows the
 * list, usually an explanation or a reference link, becomes the note of the ticked options.
 */
export function readCheckboxQuiz(root: Root, source: string, file: string): Bank {
  const problems = new ProblemList(file);
  const blocks: Block[] = [];
  let title: string | undefined;
  let block: Block | undefined;

  for (const node of root.children) {
    if (node.type !== 'heading') {
      block?.nodes.push(node);
      continue;
    }
    const words = headingSource(node, source);
    const match = node.depth >= 3 ? QUESTION_HEADING.exec(words) : null;
    block = match
      ? { number: Number(match[1]), line: startLine(node), heading: match[2] ?? '', nodes: [] }
      : undefined;
    if (block) blocks.push(block);
    else if (node.depth <= 2) title ??= words;
  }

  const questions: BankQuestion[] = [];
  for (const unique of indexByNumber(blocks, '', problems).values()) {
    const question = unique && readBlock(unique, source, problems);
    if (question) questions.push(question);
  }
  return { file, title: title ?? slugOf(file), questions, problems: problems.items };
}

function readBlock(block: Block, source: string, problems: ProblemList): BankQuestion | undefined {
  const listAt = block.nodes.findIndex(isTaskList);
  const list = block.nodes[listAt] as List | undefined;
  if (!list) {
    problems.error(block.line, `question ${block.number}: no \`- [ ]\` / \`- [x]\` options`);
    return undefined;
  }

  const drafts = list.children.map((item, index) => ({
    letter: letterAt(index),
    text: tidyMarkdown(sliceNodes(item.children, source).split('\n')),
    line: startLine(item),
    correct: item.checked === true,
  }));
  if (!checkOptions(block.number, block.line, drafts, problems)) return undefined;

  const correct = drafts.filter((draft) => draft.correct).map((draft) => draft.letter);
  if (correct.length === 0) {
    problems.error(block.line, `question ${block.number}: no option is ticked \`[x]\``);
    return undefined;
  }

  const before = sliceNodes(block.nodes.slice(0, listAt), source);
  const after = tidyMarkdown(sliceNodes(block.nodes.slice(listAt + 1), source).split('\n'));
  const note = after.replace(EXPLANATION_LABEL, '');
  return {
    number: block.number,
    text: tidyMarkdown([block.heading, '', ...before.split('\n')]),
    line: block.line,
    correct,
    options: drafts.map(({ letter, text, correct: right }) => ({
      letter,
      text,
      correct: right,
      explanation: right ? note : '',
    })),
  };
}

function isTaskList(node: RootContent): node is List {
  return node.type === 'list' && node.children.every((item: ListItem) => typeof item.checked === 'boolean');
}
