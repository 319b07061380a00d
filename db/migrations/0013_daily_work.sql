ALTER TABLE `units` ADD `contact_name` text;--> statement-breakpoint
ALTER TABLE `units` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `resubmit_by` integer;--> statement-breakpoint
ALTER TABLE `rounds` ADD `year` integer NOT NULL DEFAULT 0;--> statement-breakpoint
UPDATE `rounds` SET `year` = CAST(substr(`period_start`, 1, 4) AS integer);--> statement-breakpoint
CREATE INDEX `rounds_year_idx` ON `rounds` (`plan_id`,`year`);--> statement-breakpoint
ALTER TABLE `assessment_units` ADD `self_status` text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE `assessment_units` ADD `self_submitted_at` integer;--> statement-breakpoint
ALTER TABLE `assessment_units` ADD `self_submitted_by` integer REFERENCES users(id);