CREATE INDEX `assignments_owed_idx` ON `assignments` (`measure_id`,`created_at`,`status`,`archived_at`,`unit_id`);--> statement-breakpoint
CREATE INDEX `assignments_measure_role_idx` ON `assignments` (`measure_id`,`role`,`status`);--> statement-breakpoint
CREATE INDEX `reports_round_progress_idx` ON `reports` (`round_id`,`assignment_id`,`status`,`first_submitted_at`);--> statement-breakpoint
CREATE INDEX `reports_status_submitted_idx` ON `reports` (`status`,`last_submitted_at`);