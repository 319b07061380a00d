import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, timestamp, updatedAt } from './columns';
import { measures } from './plans';
import { unitLists, units } from './units';

import { ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES, DUTY_SCOPES } from './enums';

/**
 * A group duty (「各乡镇办场园按职责分工负责」): a measure or key point given to a whole group of
 * units as lead or cooperating. It is expanded to one assignment per unit of the group (each unit
 * reports and is scored on its own), kept in step as units join, leave or change group
 * (lib/duties/sync.ts), and shown as one line on the plan and in exports.
 */
export const duties = sqliteTable(
  'duties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    scope: text('scope', { enum: DUTY_SCOPES }).notNull(),
    /** The saved list, when scope is 'list'. */
    unitListId: integer('unit_list_id').references(() => unitLists.id),
    role: text('role', { enum: ASSIGNMENT_ROLES }).notNull(),
    target: text('target'),
    dueDate: text('due_date'),
    status: text('status', { enum: ASSIGNMENT_STATUSES }).notNull().default('active'),
    archivedAt: timestamp('archived_at'),
    archivedReason: text('archived_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('duties_measure_idx').on(t.measureId, t.status), index('duties_scope_idx').on(t.scope, t.status)],
);

export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role', { enum: ASSIGNMENT_ROLES }).notNull(),
    /** The group duty this assignment is the unit's share of; null when given to the unit by name. */
    dutyId: integer('duty_id').references(() => duties.id),
    /** The unit's target for the year (年度目标). */
    target: text('target'),
    /** YYYY-MM-DD, a day in Asia/Shanghai. */
    dueDate: text('due_date'),
    status: text('status', { enum: ASSIGNMENT_STATUSES }).notNull().default('active'),
    archivedAt: timestamp('archived_at'),
    archivedReason: text('archived_reason'),
    /**
     * The latest submitted report (by its round's deadline), kept in step by every submission and
     * review so that traffic lights for thousands of assignments need no per-row search.
     */
    latestReportId: integer('latest_report_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // A unit holds one active role on a measure; archived rows keep their history beside it.
    uniqueIndex('assignments_active_unique')
      .on(t.measureId, t.unitId)
      .where(sql`${t.status} = 'active'`),
    index('assignments_unit_idx').on(t.unitId, t.status),
    index('assignments_measure_idx').on(t.measureId, t.status),
    // Covers the owed-report join (lib/reports/owed.ts): which assignments existed by a round's deadline.
    index('assignments_owed_idx').on(t.measureId, t.createdAt, t.status, t.archivedAt, t.unitId),
    index('assignments_measure_role_idx').on(t.measureId, t.role, t.status),
    index('assignments_duty_idx').on(t.dutyId, t.status),
  ],
);

export type Duty = typeof duties.$inferSelect;

export type Assignment = typeof assignments.$inferSelect;
