import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, timestamp, updatedAt } from './columns';

import { PLAN_STATUSES } from './enums';

export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    isCurrent: integer('is_current', { mode: 'boolean' }).notNull().default(false),
    issuedBy: text('issued_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('plans_one_current').on(t.isCurrent).where(sql`${t.isCurrent} = 1`)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    no: integer('no').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('tasks_plan_idx').on(t.planId, t.sortOrder)],
);

export const measures = sqliteTable(
  'measures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    /** e.g. "4.2"; unique within a plan, the key the assignment table import matches on. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    timeframe: text('timeframe'),
    /** YYYY-MM-DD, a day in Asia/Shanghai. */
    dueDate: text('due_date'),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at'),
    archivedReason: text('archived_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('measures_plan_code').on(t.planId, t.code),
    index('measures_task_idx').on(t.taskId, t.sortOrder),
  ],
);

export type Plan = typeof plans.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type Measure = typeof measures.$inferSelect;
