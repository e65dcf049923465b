/**
 * Custom ids carry everything a component handler needs, so a menu or button keeps working
 * after a restart without any state in memory. Discord caps them at 100 characters.
 */
export const ANSWER_PREFIX = 'answer:';

export function answerSelectId(roundId: number): string {
  return `${ANSWER_PREFIX}${roundId}`;
}

/** The round id of an answer menu, or undefined for any other or malformed id. */
export function parseAnswerSelectId(customId: string): number | undefined {
  if (!customId.startsWith(ANSWER_PREFIX)) return undefined;
  const rest = customId.slice(ANSWER_PREFIX.length);
  if (!/^[1-9]\d{0,15}$/.test(rest)) return undefined;
  return Number(rest);
}
