import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from './columns';
import { users } from './auth';
import { plans } from './plans';

/**
 * An upload between preview and apply (an assignment table, a register's sheet): the parsed rows
 * are kept, and apply re-checks them against the data as it is then, in one transaction.
 */
export const importJobs = sqliteTable('import_jobs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  /** The plan an assignment table applies to; none for a register's sheet. */
  planId: integer('plan_id').references(() => plans.id),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  rows: text('rows', { mode: 'json' }).notNull(),
  /** A digest of the preview the user saw; apply refuses when the data has moved on since. */
  previewDigest: text('preview_digest').notNull(),
  createdAt: createdAt(),
  appliedAt: timestamp('applied_at'),
});
