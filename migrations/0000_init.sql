CREATE TABLE `banks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`guild_id` text DEFAULT '' NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`source_path` text NOT NULL,
	`content_hash` text NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`imported_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `banks_guild_slug` ON `banks` (`guild_id`,`slug`);--> statement-breakpoint
CREATE TABLE `guild_settings` (
	`guild_id` text PRIMARY KEY NOT NULL,
	`scoring` text DEFAULT 'exact' NOT NULL,
	`moderator_role_id` text,
	`timezone` text DEFAULT 'UTC' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `options` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`letter` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`is_correct` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `options_question_letter` ON `options` (`question_id`,`letter`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank_id` integer NOT NULL,
	`number` integer NOT NULL,
	`version` integer NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`is_current` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`bank_id`) REFERENCES `banks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questions_bank_number_version` ON `questions` (`bank_id`,`number`,`version`);--> statement-breakpoint
CREATE INDEX `questions_current` ON `questions` (`bank_id`,`is_current`,`number`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`guild_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`message_id` text,
	`question_id` integer NOT NULL,
	`started_by` text NOT NULL,
	`schedule_id` integer,
	`slot_at` integer,
	`opened_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`closed_at` integer,
	`close_reason` text,
	`reveal_message_id` text,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`schedule_id`) REFERENCES `schedules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_one_open_per_channel` ON `rounds` (`channel_id`) WHERE closed_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_schedule_slot` ON `rounds` (`schedule_id`,`slot_at`);--> statement-breakpoint
CREATE INDEX `rounds_guild_opened` ON `rounds` (`guild_id`,`opened_at`);--> statement-breakpoint
CREATE INDEX `rounds_channel_question` ON `rounds` (`channel_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`guild_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`time` text NOT NULL,
	`timezone` text NOT NULL,
	`days` text DEFAULT 'daily' NOT NULL,
	`bank_id` integer,
	`duration_seconds` integer NOT NULL,
	`paused` integer DEFAULT false NOT NULL,
	`pause_reason` text,
	`last_slot_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`bank_id`) REFERENCES `banks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schedules_guild` ON `schedules` (`guild_id`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`guild_id` text NOT NULL,
	`user_id` text NOT NULL,
	`choices` text NOT NULL,
	`submitted_at` integer NOT NULL,
	`points` real,
	`is_exact` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_round_user` ON `submissions` (`round_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `submissions_guild_user` ON `submissions` (`guild_id`,`user_id`);