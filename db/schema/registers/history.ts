import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { timestamp } from '../columns';
import { users } from '../auth';

export const RECORD_CHANGES = ['create', 'update', 'archive', 'restore', 'import'] as const;

/**
 * Every saved state of every register record (one table for all registers): the record's history
 * page reads it, so nothing a unit or the office entered is lost to a later correction.
 */
export const registerVersions = sqliteTable(
  'register_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    register: text('register').notNull(),
    recordId: integer('record_id').notNull(),
    version: integer('version').notNull(),
    change: text('change', { enum: RECORD_CHANGES }).notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
    changedBy: integer('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at').notNull(),
  },
  (t) => [index('register_versions_record_idx').on(t.register, t.recordId, t.version)],
);
