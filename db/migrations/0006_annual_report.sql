CREATE TABLE `annual_report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`version_no` integer NOT NULL,
	`title` text NOT NULL,
	`issuer` text NOT NULL,
	`issue_date` text NOT NULL,
	`sections` text NOT NULL,
	`saved_by` integer NOT NULL,
	`saved_at` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `annual_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`saved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `annual_report_versions_report` ON `annual_report_versions` (`report_id`,`version_no`);--> statement-breakpoint
CREATE TABLE `annual_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`title` text NOT NULL,
	`issuer` text NOT NULL,
	`issue_date` text NOT NULL,
	`sections` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annual_reports_year` ON `annual_reports` (`year`);