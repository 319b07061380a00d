import { integer, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp, updatedAt } from '../columns';
import { units } from '../units';
import { users } from '../auth';

export const RECORD_STATUSES = ['active', 'archived'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/**
 * The columns every register record has: the unit it belongs to (its scope: a unit user sees and
 * enters only its own), the register year it counts in, archiving instead of deletion, and a
 * version for optimistic concurrency.
 */
export const recordColumns = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  unitId: integer('unit_id')
    .notNull()
    .references(() => units.id),
  year: integer('year').notNull(),
  status: text('status', { enum: RECORD_STATUSES }).notNull().default('active'),
  archivedReason: text('archived_reason'),
  version: integer('version').notNull().default(1),
  createdBy: integer('created_by').references(() => users.id),
  updatedBy: integer('updated_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A YYYY-MM-DD day (Asia/Shanghai), stored as text so that comparisons and grouping stay exact. */
export const day = (name: string) => text(name);
export const flag = (name: string) => integer(name, { mode: 'boolean' });
export { timestamp };
