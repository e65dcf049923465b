import { readQuestion } from '../../db/banks.js';
import type { Db } from '../../db/connection.js';
import { readRound } from '../../db/rounds.js';

/** What an answer needs to know about its round's menu. */
export interface AnswerMenu {
  id: number;
  guildId: string;
  channelId: string;
  messageId: string;
  closesAt: Date;
  /** The question's option letters, in the menu's order. */
  letters: string[];
}

/** Enough for every round open at once on a busy bot; older entries are read again if needed. */
const MAX_MENUS = 1_000;

const menusByDb = new WeakMap<Db, Map<number, AnswerMenu>>();

/**
 * The round behind an answer menu, read once and then kept in memory: in a burst of answers,
 * reading the round and its question for each one cost more than recording the answer. Only
 * posted rounds are kept, and what is kept never changes once the question is posted (question
 * rows are versioned, never edited). Whether the round is still open is not cached:
 * `recordSubmission` checks that in its transaction. Unknown ids are never stored, so forged
 * interactions cannot grow the map.
 */
export function readAnswerMenu(db: Db, roundId: number): AnswerMenu | undefined {
  let menus = menusByDb.get(db);
  if (!menus) {
    menus = new Map();
    menusByDb.set(db, menus);
  }
  const cached = menus.get(roundId);
  if (cached) return cached;

  const round = readRound(db, roundId);
  const question = round && readQuestion(db, round.questionId);
  if (!round?.messageId || !question) return undefined;

  const menu: AnswerMenu = {
    id: round.id,
    guildId: round.guildId,
    channelId: round.channelId,
    messageId: round.messageId,
    closesAt: round.closesAt,
    letters: question.options.map((option) => option.letter),
  };
  // A Map iterates in insertion order, so the first key is the oldest entry.
  if (menus.size >= MAX_MENUS) menus.delete(menus.keys().next().value as number);
  menus.set(roundId, menu);
  return menu;
}
