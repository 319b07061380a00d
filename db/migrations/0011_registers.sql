CREATE TABLE `normative_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`doc_number` text NOT NULL,
	`doc_number_key` text NOT NULL,
	`title` text NOT NULL,
	`issuer` text DEFAULT 'unit' NOT NULL,
	`reviewed_on` text,
	`review_outcome` text,
	`reviewer` text,
	`published_on` text,
	`filed_on` text,
	`filing_body` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `normative_documents_year_idx` ON `normative_documents` (`year`,`unit_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `normative_documents_number_idx` ON `normative_documents` (`unit_id`,`issuer`,`doc_number_key`) WHERE status = 'active';--> statement-breakpoint
CREATE TABLE `cleanup_campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`year` integer NOT NULL,
	`basis_number` text,
	`basis_title` text,
	`started_on` text,
	`created_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cleanup_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`campaign_id` integer NOT NULL,
	`document_id` integer,
	`doc_number` text NOT NULL,
	`doc_number_key` text NOT NULL,
	`title` text NOT NULL,
	`outcome` text NOT NULL,
	`note` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `cleanup_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `normative_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cleanup_items_campaign_idx` ON `cleanup_items` (`campaign_id`,`outcome`);--> statement-breakpoint
CREATE INDEX `cleanup_items_year_idx` ON `cleanup_items` (`year`,`unit_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `cleanup_items_document_idx` ON `cleanup_items` (`campaign_id`,`unit_id`,`doc_number_key`) WHERE status = 'active';--> statement-breakpoint
CREATE TABLE `legal_work` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`kind` text NOT NULL,
	`review_kind` text,
	`counsel_kind` text,
	`matter` text NOT NULL,
	`done_on` text NOT NULL,
	`by` text NOT NULL,
	`opinion` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `legal_work_year_idx` ON `legal_work` (`year`,`unit_id`,`kind`);--> statement-breakpoint
CREATE TABLE `major_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`matter` text NOT NULL,
	`public_participation` integer DEFAULT false NOT NULL,
	`public_participation_on` text,
	`hearing` integer DEFAULT false NOT NULL,
	`expert_review` integer DEFAULT false NOT NULL,
	`expert_review_on` text,
	`risk_assessment` integer DEFAULT false NOT NULL,
	`risk_assessment_on` text,
	`legality_review` integer DEFAULT false NOT NULL,
	`legality_review_on` text,
	`collective_decision` integer DEFAULT false NOT NULL,
	`collective_decision_on` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `major_decisions_year_idx` ON `major_decisions` (`year`,`unit_id`);--> statement-breakpoint
CREATE TABLE `litigation_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`case_number` text NOT NULL,
	`court` text NOT NULL,
	`filed_on` text NOT NULL,
	`matter` text,
	`hearing_on` text,
	`leader_appeared` integer DEFAULT false NOT NULL,
	`leader_name` text,
	`leader_post` text,
	`closed_on` text,
	`outcome` text,
	`judicial_suggestion` integer DEFAULT false NOT NULL,
	`suggestion_replied_on` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `litigation_cases_year_idx` ON `litigation_cases` (`year`,`unit_id`);--> statement-breakpoint
CREATE TABLE `reconsideration_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`role` text DEFAULT 'organ' NOT NULL,
	`case_number` text,
	`received_on` text NOT NULL,
	`accepted` integer DEFAULT true NOT NULL,
	`applicant` text,
	`matter` text NOT NULL,
	`info_disclosure` integer DEFAULT false NOT NULL,
	`closed_on` text,
	`outcome` text,
	`complied` integer,
	`complied_on` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reconsideration_cases_year_idx` ON `reconsideration_cases` (`year`,`unit_id`);--> statement-breakpoint
CREATE TABLE `register_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`register` text NOT NULL,
	`record_id` integer NOT NULL,
	`version` integer NOT NULL,
	`change` text NOT NULL,
	`data` text NOT NULL,
	`reason` text,
	`changed_by` integer,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `register_versions_record_idx` ON `register_versions` (`register`,`record_id`,`version`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_import_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`plan_id` integer,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`rows` text NOT NULL,
	`preview_digest` text NOT NULL,
	`created_at` integer NOT NULL,
	`applied_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_import_jobs`("id", "user_id", "plan_id", "file_name", "file_sha256", "rows", "preview_digest", "created_at", "applied_at") SELECT "id", "user_id", "plan_id", "file_name", "file_sha256", "rows", "preview_digest", "created_at", "applied_at" FROM `import_jobs`;--> statement-breakpoint
DROP TABLE `import_jobs`;--> statement-breakpoint
ALTER TABLE `__new_import_jobs` RENAME TO `import_jobs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;