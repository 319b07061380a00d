-- Audit records are append-only: nothing edits them, and nothing removes one younger than 180 days.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit records are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_keep_180_days` BEFORE DELETE ON `audit_log`
WHEN old.`at` > (CAST(strftime('%s', 'now', '-180 days') AS INTEGER) * 1000)
BEGIN
  SELECT RAISE(ABORT, 'audit records are kept at least 180 days');
END;
