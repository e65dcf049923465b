import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A question bank. Banks read from BANKS_DIR or the CLI are global (`guildId` is ''); banks a
 * moderator imports with `/bank import` belong to that server alone.
 */
export const banks = sqliteTable(
  'banks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    guildId: text('guild_id').notNull().default(''),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    sourcePath: text('source_path').notNull(),
    contentHash: text('content_hash').notNull(),
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('banks_guild_slug').on(t.guildId, t.slug)],
);

/**
 * One version of one question. An edited question gets a new row with the next version and the
 * old row stops being current, so submissions keep pointing at the exact text they answered.
 */
export const questions = sqliteTable(
  'questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bankId: integer('bank_id')
      .notNull()
      .references(() => banks.id),
    number: integer('number').notNull(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull(),
    isCurrent: integer('is_current', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('questions_bank_number_version').on(t.bankId, t.number, t.version),
    index('questions_current').on(t.bankId, t.isCurrent, t.number),
  ],
);

export const options = sqliteTable(
  'options',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id),
    letter: text('letter').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    isCorrect: integer('is_correct', { mode: 'boolean' }).notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('options_question_letter').on(t.questionId, t.letter)],
);

export const guildSettings = sqliteTable('guild_settings', {
  guildId: text('guild_id').primaryKey(),
  scoring: text('scoring', { enum: ['exact', 'partial'] })
    .notNull()
    .default('exact'),
  moderatorRoleId: text('moderator_role_id'),
  timezone: text('timezone').notNull().default('UTC'),
});

export const schedules = sqliteTable(
  'schedules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    guildId: text('guild_id').notNull(),
    channelId: text('channel_id').notNull(),
    /** Local wall-clock time, `HH:MM`, 24 h. */
    time: text('time').notNull(),
    /** IANA zone name, e.g. `Europe/Berlin`. */
    timezone: text('timezone').notNull(),
    days: text('days', { enum: ['daily', 'weekdays'] })
      .notNull()
      .default('daily'),
    bankId: integer('bank_id').references(() => banks.id),
    durationSeconds: integer('duration_seconds').notNull(),
    paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
    pauseReason: text('pause_reason'),
    /** The last slot handled (posted or deliberately skipped); never handled twice. */
    lastSlotAt: integer('last_slot_at', { mode: 'timestamp_ms' }),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /**
     * Set by `/schedule remove`. The row stays so its rounds keep their schedule: streaks and the
     * export's `scheduled` column are read through it. A removed schedule never runs or lists.
     */
    removedAt: integer('removed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('schedules_guild').on(t.guildId)],
);

export const rounds = sqliteTable(
  'rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    guildId: text('guild_id').notNull(),
    channelId: text('channel_id').notNull(),
    /** Set once the question message is posted. */
    messageId: text('message_id'),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id),
    startedBy: text('started_by').notNull(),
    scheduleId: integer('schedule_id').references(() => schedules.id),
    /** The schedule slot this round serves; unique per schedule so a slot never runs twice. */
    slotAt: integer('slot_at', { mode: 'timestamp_ms' }),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
    closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when the reveal has been posted, or the round was closed without one. */
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    closeReason: text('close_reason'),
    revealMessageId: text('reveal_message_id'),
  },
  (t) => [
    // One open round per channel: the database refuses a second one even under a race.
    uniqueIndex('rounds_one_open_per_channel').on(t.channelId).where(sql`closed_at IS NULL`),
    uniqueIndex('rounds_schedule_slot').on(t.scheduleId, t.slotAt),
    index('rounds_guild_opened').on(t.guildId, t.openedAt),
    index('rounds_channel_question').on(t.channelId, t.questionId),
  ],
);

export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    guildId: text('guild_id').notNull(),
    userId: text('user_id').notNull(),
    /** Chosen letters, sorted and comma-separated, e.g. `A,C`. */
    choices: text('choices').notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    /** Filled in at the reveal, with the server's rule of that moment; never recomputed. */
    points: real('points'),
    isExact: integer('is_exact', { mode: 'boolean' }),
  },
  (t) => [
    uniqueIndex('submissions_round_user').on(t.roundId, t.userId),
    index('submissions_guild_user').on(t.guildId, t.userId),
    // Leaderboards of a period (today, this week, this month) read a range of this index.
    index('submissions_guild_submitted').on(t.guildId, t.submittedAt),
  ],
);

/**
 * Each member's running totals, added once per round by `addRoundToTotals` in the transaction
 * that stores the round's scores, so the all-time leaderboard reads one index range instead of
 * summing every answer. `bankId` 0 holds
 * the totals over every bank; other rows hold one bank's.
 */
export const memberTotals = sqliteTable(
  'member_totals',
  {
    guildId: text('guild_id').notNull(),
    bankId: integer('bank_id').notNull(),
    userId: text('user_id').notNull(),
    /** Points times POINT_UNITS: whole numbers, so equal sums of fractions compare equal. */
    pointUnits: integer('point_units').notNull(),
    answered: integer('answered').notNull(),
    exact: integer('exact').notNull(),
    /** When the member last earned points: equal totals rank the earlier one higher. */
    reachedAt: integer('reached_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    primaryKey({ columns: [t.guildId, t.bankId, t.userId] }),
    index('member_totals_rank').on(t.guildId, t.bankId, sql`point_units DESC`, t.reachedAt, t.userId),
  ],
);
