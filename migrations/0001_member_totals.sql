CREATE TABLE `member_totals` (
	`guild_id` text NOT NULL,
	`bank_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`point_units` integer NOT NULL,
	`answered` integer NOT NULL,
	`exact` integer NOT NULL,
	`reached_at` integer,
	PRIMARY KEY(`guild_id`, `bank_id`, `user_id`)
);
--> statement-breakpoint
CREATE INDEX `member_totals_rank` ON `member_totals` (`guild_id`,`bank_id`,point_units DESC,`reached_at`,`user_id`);--> statement-breakpoint
CREATE INDEX `submissions_guild_submitted` ON `submissions` (`guild_id`,`submitted_at`);