CREATE TABLE `unit_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`alias` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_aliases_alias_unique` ON `unit_aliases` (`alias`);--> statement-breakpoint
CREATE INDEX `unit_aliases_unit_idx` ON `unit_aliases` (`unit_id`);--> statement-breakpoint
CREATE TABLE `unit_list_members` (
	`list_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`list_id`, `unit_id`),
	FOREIGN KEY (`list_id`) REFERENCES `unit_lists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_list_members_unit_idx` ON `unit_list_members` (`unit_id`);--> statement-breakpoint
CREATE TABLE `unit_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_lists_name_unique` ON `unit_lists` (`name`);--> statement-breakpoint
CREATE TABLE `key_point_measures` (
	`key_point_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	PRIMARY KEY(`key_point_id`, `measure_id`),
	FOREIGN KEY (`key_point_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `key_point_measures_measure_idx` ON `key_point_measures` (`measure_id`);--> statement-breakpoint
CREATE TABLE `duties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_id` integer NOT NULL,
	`scope` text NOT NULL,
	`unit_list_id` integer,
	`role` text NOT NULL,
	`target` text,
	`due_date` text,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_at` integer,
	`archived_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_list_id`) REFERENCES `unit_lists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `duties_measure_idx` ON `duties` (`measure_id`,`status`);--> statement-breakpoint
CREATE INDEX `duties_scope_idx` ON `duties` (`scope`,`status`);--> statement-breakpoint
ALTER TABLE `units` ADD `issues_documents` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `kind` text DEFAULT 'measure' NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `year` integer;--> statement-breakpoint
ALTER TABLE `measures` ADD `progress` text DEFAULT 'deadline' NOT NULL;--> statement-breakpoint
CREATE INDEX `measures_plan_kind_idx` ON `measures` (`plan_id`,`kind`,`year`);--> statement-breakpoint
ALTER TABLE `assignments` ADD `duty_id` integer REFERENCES duties(id);--> statement-breakpoint
CREATE INDEX `assignments_duty_idx` ON `assignments` (`duty_id`,`status`);--> statement-breakpoint
UPDATE `measures` SET `progress` = 'ongoing' WHERE `timeframe` = '长期坚持';