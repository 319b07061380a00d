import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';

import { AUDIT_RESULTS } from './enums';

/**
 * Append-only: triggers in the migrations refuse UPDATE, an INSERT that would replace a record, and
 * DELETE of records younger than 180 days.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: timestamp('at')
      .notNull()
      .$defaultFn(() => new Date()),
    userId: integer('user_id'),
    username: text('username'),
    unitId: integer('unit_id'),
    role: text('role'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    result: text('result', { enum: AUDIT_RESULTS }).notNull().default('success'),
    ip: text('ip'),
    detail: text('detail'),
    /** The hash of the record before this one, and this record's own (a chain: lib/audit/chain.ts). */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_user_idx').on(t.userId, t.at),
    index('audit_action_idx').on(t.action, t.at),
    index('audit_object_idx').on(t.objectType, t.objectId),
  ],
);

export type AuditRecord = typeof auditLog.$inferSelect;
