import { closeRound, openRound } from '../../src/db/rounds.js';
import { readSubmissions, recordSubmission, storeScores } from '../../src/db/submissions.js';
import type { ScoringRule } from '../../src/quiz/scoring.js';
import { tallyRound } from '../../src/quiz/tally.js';
import type { sampleStore } from './sample-store.js';

type SampleStore = Awaited<ReturnType<typeof sampleStore>>;

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
export function playRound(store: SampleStore, round: PlayedRound): number {
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
  storeScores(store.db, tallyRound(question.options, submissions, round.rule ?? 'exact').scores);
  return opened.round.id;
}
