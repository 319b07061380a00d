import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';
import { users } from './auth';

/** System settings the administrator changes (account and session rules); one row per key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at').notNull(),
});
