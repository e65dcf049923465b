import { listBanks, readCurrentQuestions, readQuestion, type StoredQuestion } from '../../src/db/banks.js';
import type { Db } from '../../src/db/connection.js';
import { closeRound, openRound, recordReveal } from '../../src/db/rounds.js';
import { readSubmissions, recordSubmission, storeScores } from '../../src/db/submissions.js';
import type { ScoringRule } from '../../src/quiz/scoring.js';
import { tallyRound } from '../../src/quiz/tally.js';

/** A database with the sample bank in it, and its questions by number. */
export interface SampleDb {
  db: Db;
  question(n: number): StoredQuestion;
}

/** The sample bank as the bot imported it from BANKS_DIR. */
export function sampleDb(db: Db): SampleDb {
  const bank = listBanks(db, '')[0];
  if (!bank) throw new Error('the sample bank is not loaded');
  const question = (n: number) => {
    const row = readCurrentQuestions(db, bank.id).find((q) => q.number === n);
    const stored = row && readQuestion(db, row.id);
    if (!stored) throw new Error(`sample question ${n} is missing`);
    return stored;
  };
  return { db, question };
}

export type Answer = [user: string, choices: string, at: string];

export interface PlayedRound {
  /** A question number of the sample bank. */
  question: number;
  answers: Answer[];
  rule?: ScoringRule;
  guildId?: string;
  channelId?: string;
  /** When the round opened; a second before the first answer unless given. */
  openedAt?: string;
  scheduleId?: number;
  slotAt?: string;
}

/** Opens, answers, closes and scores one round, as the bot does at the reveal. Returns its id. */
export function playRound(store: SampleDb, round: PlayedRound): number {
  const question = store.question(round.question);
  const times = round.answers.map(([, , at]) => Date.parse(at));
  const openedAt = round.openedAt ? Date.parse(round.openedAt) : Math.min(...times) - 1000;
  const closesAt = Math.max(openedAt, ...times) + 1000;
  const guildId = round.guildId ?? 'g';

  const opened = openRound(store.db, {
    guildId,
    channelId: round.channelId ?? 'c',
    questionId: question.id,
    startedBy: 'x',
    openedAt: new Date(openedAt),
    closesAt: new Date(closesAt),
    scheduleId: round.scheduleId,
    slotAt: round.slotAt ? new Date(round.slotAt) : undefined,
  });
  if (!opened.ok) throw new Error('round did not open');

  for (const [userId, choices, at] of round.answers) {
    recordSubmission(store.db, { roundId: opened.round.id, guildId, userId, choices, at: new Date(at) });
  }
  closeRound(store.db, opened.round.id, new Date(closesAt));
  const submissions = readSubmissions(store.db, opened.round.id);
  storeScores(
    store.db,
    opened.round.id,
    tallyRound(question.options, submissions, round.rule ?? 'exact').scores,
  );
  // As if the reveal was posted, so a restarted bot does not try to reveal it again.
  recordReveal(store.db, opened.round.id, '1');
  return opened.round.id;
}
