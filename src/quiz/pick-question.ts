export interface Candidate {
  id: number;
  number: number;
}

/**
 * Picks a question the channel has had the fewest times: first every question once, in random
 * order, then a new shuffled pass. `askedByNumber` counts rounds per question number, so an
 * edited question (a new version) still counts as asked.
 */
export function pickQuestion(
  candidates: readonly Candidate[],
  askedByNumber: ReadonlyMap<number, number>,
  random: () => number = Math.random,
): Candidate | undefined {
  if (candidates.length === 0) return undefined;

  const times = (c: Candidate) => askedByNumber.get(c.number) ?? 0;
  const fewest = Math.min(...candidates.map(times));
  const pool = candidates.filter((c) => times(c) === fewest);
  return pool[Math.floor(random() * pool.length)];
}
