import type { REST } from '@discordjs/rest';
import type { Db } from '../db/connection.js';
import type { Logger } from '../log.js';
import type { RevealTimers } from '../quiz/reveal-timers.js';
import type { Scheduler } from '../schedule/scheduler.js';
import type { AnswerCounter } from './rounds/answer-counter.js';

/** What every handler needs, built once at start and passed down explicitly. */
export interface BotContext {
  db: Db;
  rest: REST;
  log: Logger;
  timers: RevealTimers;
  counter: AnswerCounter;
  /** Daily questions; commands call `refresh()` after changing a schedule. */
  scheduler: Scheduler;
  now: () => Date;
}
