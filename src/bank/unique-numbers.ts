import type { ProblemList } from './problems.js';

/**
 * Indexes entries by number. A number used twice is an error on each later use, and the number
 * maps to null: with two candidates there is no telling which one the answers belong to.
 */
export function indexByNumber<T extends { number: number; line: number }>(
  entries: readonly T[],
  where: string,
  problems: ProblemList,
): Map<number, T | null> {
  const index = new Map<number, T | null>();
  const firstLine = new Map<number, number>();

  for (const entry of entries) {
    const first = firstLine.get(entry.number);
    if (first === undefined) {
      index.set(entry.number, entry);
      firstLine.set(entry.number, entry.line);
    } else {
      problems.error(
        entry.line,
        `question ${entry.number}: number used twice${where} (first on line ${first})`,
      );
      index.set(entry.number, null);
    }
  }
  return index;
}
