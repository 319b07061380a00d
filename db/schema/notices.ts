import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from './columns';
import { units } from './units';
import { users } from './auth';
import { assignments } from './assignments';

/**
 * A notice to a unit (通知/催办). The text is not stored: `kind` names a catalog message and `params`
 * fills it, so each reader sees it in their own language.
 */
export const notices = sqliteTable(
  'notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    senderId: integer('sender_id').references(() => users.id),
    /** Who in the unit reads it: its reporting officers (`unit`), or the office staff (`office`). */
    audience: text('audience', { enum: ['unit', 'office'] }).notNull().default('unit'),
    kind: text('kind').notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string | number | null>>().notNull(),
    /** Free text the sender added (a reminder's note, a review comment). */
    body: text('body'),
    assignmentId: integer('assignment_id').references(() => assignments.id),
    roundId: integer('round_id'),
    /** Makes automatic notices idempotent: the same key is never sent twice. */
    dedupeKey: text('dedupe_key').unique(),
    createdAt: createdAt(),
    readAt: timestamp('read_at'),
    readBy: integer('read_by').references(() => users.id),
  },
  (t) => [index('notices_unit_idx').on(t.unitId, t.audience, t.createdAt), index('notices_unit_unread_idx').on(t.unitId, t.audience, t.readAt)],
);

export type Notice = typeof notices.$inferSelect;
