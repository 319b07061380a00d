CREATE INDEX `normative_documents_list_idx` ON `normative_documents` (`year`,`status`,`published_on`);--> statement-breakpoint
CREATE INDEX `cleanup_items_list_idx` ON `cleanup_items` (`year`,`status`,`campaign_id`);--> statement-breakpoint
CREATE INDEX `legal_work_list_idx` ON `legal_work` (`year`,`status`,`done_on`);--> statement-breakpoint
CREATE INDEX `major_decisions_list_idx` ON `major_decisions` (`year`,`status`);--> statement-breakpoint
CREATE INDEX `litigation_cases_list_idx` ON `litigation_cases` (`year`,`status`,`filed_on`);--> statement-breakpoint
CREATE INDEX `reconsideration_cases_list_idx` ON `reconsideration_cases` (`year`,`status`,`received_on`);