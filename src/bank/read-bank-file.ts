import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Root } from 'mdast';
import { parseMarkdown } from './markdown.js';
import type { Bank } from './model.js';
import { isCheckboxQuiz, readCheckboxQuiz } from './read-checkbox.js';
import { readCourseQuiz } from './read-course-quiz.js';
import { slugOf } from './slug.js';

/** Bigger than any real quiz; keeps a mistaken upload from tying up the parser. */
export const MAX_BANK_BYTES = 1024 * 1024;

/** A format the bot understands. The first reader that accepts a file reads it. */
interface BankReader {
  accepts(root: Root, source: string): boolean;
  read(root: Root, source: string, file: string): Bank;
}

const courseQuiz: BankReader = { accepts: () => true, read: readCourseQuiz };
const readers: BankReader[] = [{ accepts: isCheckboxQuiz, read: readCheckboxQuiz }, courseQuiz];

export interface LoadedBank {
  bank: Bank;
  /** SHA-256 of the file's bytes; '' when the file was too large to read. */
  contentHash: string;
}

/** Reads a bank file from disk; `file` is the name used in problems (the path by default). */
export async function loadBankFile(path: string, file = path): Promise<LoadedBank> {
  const { size } = await stat(path);
  if (size > MAX_BANK_BYTES) return { bank: tooLarge(file, size), contentHash: '' };

  const bytes = await readFile(path);
  return { bank: readBankBytes(bytes, file), contentHash: hashBytes(bytes) };
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Applies the whole-file rules (size, no NUL bytes, valid UTF-8), then hands the text to the
 * first reader that accepts it. A BOM and CRLF line endings are removed first so that they
 * never reach a reader or shift a line number.
 */
export function readBankBytes(bytes: Uint8Array, file: string): Bank {
  if (bytes.length > MAX_BANK_BYTES) return tooLarge(file, bytes.length);

  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return unreadable(file, lineAt(bytes, nul), 'binary file: NUL byte found; a bank must be text');

  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return unreadable(file, firstNonUtf8Line(bytes), 'not UTF-8 text: save the file as UTF-8');
  }

  // The decoder already drops a leading BOM; CR is dropped here so columns and lines match editors.
  const source = text.replace(/\r\n?/g, '\n');
  const root = parseMarkdown(source);
  const reader = readers.find((candidate) => candidate.accepts(root, source)) ?? courseQuiz;
  return reader.read(root, source, file);
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function tooLarge(file: string, size: number): Bank {
  const limit = `at most 1 MiB (${MAX_BANK_BYTES.toLocaleString('en')} bytes)`;
  return unreadable(file, 1, `file is ${size.toLocaleString('en')} bytes; a bank file may be ${limit}`);
}

function unreadable(file: string, line: number, message: string): Bank {
  return { file, title: slugOf(file), questions: [], problems: [{ file, line, severity: 'error', message }] };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes line by line to name the line at fault; a newline byte never sits inside a UTF-8 sequence. */
function firstNonUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;

  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (decodeUtf8(bytes.subarray(start, end)) === undefined) return line;
    start = end + 1;
    line++;
  }
  return line;
}
