import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { addRoundToTotals } from '../db/member-totals.js';
import { rounds, submissions } from '../db/schema.js';

const CHOICES = ['A', 'A,B', 'A,B,C', 'D'];

function insertStatement(db: Db) {
  const p = sql.placeholder;
  return db
    .insert(submissions)
    .values({
      roundId: p('roundId'),
      guildId: p('guildId'),
      userId: p('userId'),
      choices: p('choices'),
      submittedAt: p('submittedAt'),
      points: p('points'),
      isExact: p('isExact'),
    })
    .prepare();
}

/** Unscored answers to an open round, one transaction, as a burst would have left them. */
export function seedOpenRoundAnswers(
  db: Db,
  round: { roundId: number; guildId: string },
  userIds: readonly string[],
  at: Date,
): void {
  const insert = insertStatement(db);
  db.$client.transaction(() => {
    userIds.forEach((userId, i) => {
      const choices = CHOICES[i % CHOICES.length] as string;
      insert.run({ ...round, userId, choices, submittedAt: at, points: null, isExact: null });
    });
  })();
}

export interface HistorySpec {
  guildId: string;
  channelId: string;
  questionId: number;
  answers: number;
  members: number;
  answersPerRound: number;
}

/**
 * A server's scored past: closed rounds of `answersPerRound` answers each, members taking turns
 * so each answers about `answers / members` times, a third of the answers right. One
 * transaction per round keeps each batch small and the whole insert quick; the event loop gets
 * a turn between rounds so the bot's requests in flight are not timed out by a long block.
 */
export async function seedScoredHistory(db: Db, spec: HistorySpec, userIds: readonly string[]) {
  const insert = insertStatement(db);
  const roundCount = Math.ceil(spec.answers / spec.answersPerRound);
  const start = Date.now() - roundCount * 60_000;

  for (let r = 0; r < roundCount; r++) {
    const openedAt = new Date(start + r * 60_000);
    db.$client.transaction(() => {
      const round = db
        .insert(rounds)
        .values({
          guildId: spec.guildId,
          channelId: spec.channelId,
          questionId: spec.questionId,
          startedBy: userIds[0] as string,
          messageId: String(900_000_000_000_000_000n + BigInt(r)),
          openedAt,
          closesAt: openedAt,
          closedAt: openedAt,
        })
        .returning({ id: rounds.id })
        .get();
      const size = Math.min(spec.answersPerRound, spec.answers - r * spec.answersPerRound);
      for (let i = 0; i < size; i++) {
        const member = (r * spec.answersPerRound + i) % spec.members;
        const right = (member + r) % 3 === 0;
        insert.run({
          roundId: round.id,
          guildId: spec.guildId,
          userId: userIds[member] as string,
          choices: right ? 'A,B,C' : 'D',
          submittedAt: new Date(openedAt.getTime() + i),
          points: right ? 1 : 0,
          isExact: right,
        });
      }
      addRoundToTotals(db, round.id);
    })();
    await nextTurn();
  }
}
