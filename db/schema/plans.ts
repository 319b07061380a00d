import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, timestamp, updatedAt } from './columns';

import { MEASURE_KINDS, MEASURE_PROGRESS, PLAN_STATUSES } from './enums';

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
    /**
     * A plan measure, or a key point of one year's 工作要点 (its task is the 方面 it is listed under,
     * and key_point_measures links it to the plan measures it serves).
     */
    kind: text('kind', { enum: MEASURE_KINDS }).notNull().default('measure'),
    /** A key point's year; null for a plan measure. */
    year: integer('year'),
    /** Reported against a due date (percent and state) or ongoing (长期坚持: state only). */
    progress: text('progress', { enum: MEASURE_PROGRESS }).notNull().default('deadline'),
    /**
     * e.g. "4.2", or "2018-3" for a year's third key point; unique within a plan, the key the
     * assignment table import matches on.
     */
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
    index('measures_plan_kind_idx').on(t.planId, t.kind, t.year),
  ],
);

/** Which plan measures a key point serves (one or more, all of the key point's own plan). */
export const keyPointMeasures = sqliteTable(
  'key_point_measures',
  {
    keyPointId: integer('key_point_id')
      .notNull()
      .references(() => measures.id),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
  },
  (t) => [primaryKey({ columns: [t.keyPointId, t.measureId] }), index('key_point_measures_measure_idx').on(t.measureId)],
);

export type Plan = typeof plans.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type Measure = typeof measures.$inferSelect;
