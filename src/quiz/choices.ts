/**
 * Choices are stored as sorted letters joined by commas (`A,C`): one canonical text per set, so
 * equal answers compare equal in SQL and in code.
 */
export function encodeChoices(letters: Iterable<string>): string {
  return [...new Set(letters)].sort().join(',');
}

export function decodeChoices(stored: string): string[] {
  return stored === '' ? [] : stored.split(',');
}

export type ChoiceCheck = { ok: true; letters: string[] } | { ok: false; reason: string };

/**
 * Checks what a select menu sent against the round's options. Discord only offers the menu's
 * own values, but a forged or replayed interaction can carry anything.
 */
export function checkChoices(values: readonly string[], optionLetters: readonly string[]): ChoiceCheck {
  if (values.length === 0) return { ok: false, reason: 'no option was chosen' };
  if (values.length > optionLetters.length) return { ok: false, reason: 'more choices than options' };
  if (new Set(values).size !== values.length) return { ok: false, reason: 'an option was chosen twice' };

  const known = new Set(optionLetters);
  const unknown = values.find((value) => !known.has(value));
  if (unknown !== undefined) return { ok: false, reason: `"${unknown.slice(0, 20)}" is not an option` };

  return { ok: true, letters: [...values].sort() };
}
