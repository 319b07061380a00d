CREATE TABLE `account_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target_user_id` integer,
	`username` text,
	`display_name` text,
	`unit_id` integer,
	`from_role` text,
	`to_role` text NOT NULL,
	`password_hash` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`proposed_by` integer NOT NULL,
	`proposed_at` integer NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	FOREIGN KEY (`target_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `account_proposals_status_idx` ON `account_proposals` (`status`,`proposed_at`);--> statement-breakpoint
CREATE TABLE `password_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `password_history_user_idx` ON `password_history` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `sign_in_locks` (
	`username` text NOT NULL,
	`ip` text NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`in_flight` integer DEFAULT 0 NOT NULL,
	`in_flight_until` integer,
	`locked_until` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`username`, `ip`)
);
--> statement-breakpoint
CREATE INDEX `sign_in_locks_updated_idx` ON `sign_in_locks` (`updated_at`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
-- User names that differ only in case (`OFFICE` beside `office`) stop the upgrade here with a
-- message, rather than a bare constraint error: rename one of each pair, then upgrade again.
CREATE TEMP TABLE `_check_usernames` (`x` integer);--> statement-breakpoint
CREATE TEMP TRIGGER `_check_usernames_trigger` BEFORE INSERT ON `_check_usernames`
WHEN EXISTS (SELECT 1 FROM `users` GROUP BY lower(`username`) HAVING count(*) > 1)
BEGIN
  SELECT RAISE(ABORT, 'user names that differ only in case exist: rename one of each pair, then upgrade again (README, Upgrading)');
END;--> statement-breakpoint
INSERT INTO `_check_usernames` VALUES (1);--> statement-breakpoint
DROP TABLE `_check_usernames`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_nocase_idx` ON `users` (lower("username"));--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `failed_sign_ins`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `locked_until`;--> statement-breakpoint
-- INSERT OR REPLACE deletes the record it replaces without firing DELETE triggers: refuse any
-- insert that names an existing record's id, so an audit record is never rewritten that way either.
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN NEW.`id` IS NOT NULL AND EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`)
BEGIN
  SELECT RAISE(ABORT, 'audit records are append-only');
END;
