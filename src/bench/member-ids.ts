/** Distinct snowflake-shaped user ids, the same for the same `from` and `count`. */
export function memberIds(count: number, from = 0): string[] {
  const base = 200_000_000_000_000_000n;
  return Array.from({ length: count }, (_, i) => String(base + BigInt(from + i)));
}
