CREATE TABLE `assessment_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`group` text NOT NULL,
	`enforcement` integer NOT NULL,
	`inputs` text DEFAULT '{}' NOT NULL,
	`bonus` text DEFAULT '{}' NOT NULL,
	`vetoes` text DEFAULT '{}' NOT NULL,
	`sheet_version` integer DEFAULT 1 NOT NULL,
	`scored_at` integer,
	`scored_by` integer,
	`result` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scored_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_units_unique` ON `assessment_units` (`assessment_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `assessment_units_unit_idx` ON `assessment_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`stage` text DEFAULT 'draft' NOT NULL,
	`rubric` text,
	`stage_changed_at` integer,
	`published_at` integer,
	`published_by` integer,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_year_unique` ON `assessments` (`year`);--> statement-breakpoint
CREATE TABLE `rubrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`content` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rubrics_year_unique` ON `rubrics` (`year`);--> statement-breakpoint
CREATE TABLE `self_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_unit_id` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`score` real,
	`explanation` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`assessment_unit_id`) REFERENCES `assessment_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `self_assessments_unique` ON `self_assessments` (`assessment_unit_id`,`indicator_code`);