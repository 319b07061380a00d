import { sqliteTable, integer, real, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp, updatedAt } from './columns';
import { SELF_STATUSES, UNIT_GROUPS } from './enums';
import { ASSESSMENT_STAGES } from '../../lib/assessments/stages';
import { units } from './units';
import { users } from './auth';

/**
 * A year's rubric (考核细则), kept as one validated JSON document (lib/scoring/rubric.ts) so import,
 * export and copying a year are one value; `version` guards every edit against lost updates.
 */
export const rubrics = sqliteTable('rubrics', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull().unique(),
  content: text('content', { mode: 'json' }).$type<unknown>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: integer('updated_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A year-end assessment: draft → self → scoring → review → published (reopened back to scoring). */
export const assessments = sqliteTable('assessments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull().unique(),
  stage: text('stage', { enum: ASSESSMENT_STAGES }).notNull().default('draft'),
  /** The rubric as it was when the assessment left draft; every score is computed against it. */
  rubric: text('rubric', { mode: 'json' }).$type<unknown>(),
  stageChangedAt: timestamp('stage_changed_at'),
  publishedAt: timestamp('published_at'),
  publishedBy: integer('published_by').references(() => users.id),
  /** Times the published result was withdrawn (each with its reason in the audit log). */
  reopenCount: integer('reopen_count').notNull().default(0),
  createdBy: integer('created_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * One assessed unit: its group and enforcement flag as they were when the assessment left draft, the
 * assessors' score sheet (JSON keyed by rubric code, version-checked), and the result frozen at publication.
 */
export const assessmentUnits = sqliteTable(
  'assessment_units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    group: text('group', { enum: UNIT_GROUPS }).notNull(),
    enforcement: integer('enforcement', { mode: 'boolean' }).notNull(),
    inputs: text('inputs', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    bonus: text('bonus', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    vetoes: text('vetoes', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    sheetVersion: integer('sheet_version').notNull().default(1),
    /** The unit's self-assessment: editable as a draft (or when returned), locked once submitted. */
    selfStatus: text('self_status', { enum: SELF_STATUSES }).notNull().default('draft'),
    selfSubmittedAt: timestamp('self_submitted_at'),
    selfSubmittedBy: integer('self_submitted_by').references(() => users.id),
    scoredAt: timestamp('scored_at'),
    scoredBy: integer('scored_by').references(() => users.id),
    result: text('result', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [uniqueIndex('assessment_units_unique').on(t.assessmentId, t.unitId), index('assessment_units_unit_idx').on(t.unitId)],
);

/** A unit's self-assessment of one indicator; its evidence files are attachments with ownerType 'self_assessment'. */
export const selfAssessments = sqliteTable(
  'self_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentUnitId: integer('assessment_unit_id')
      .notNull()
      .references(() => assessmentUnits.id),
    indicatorCode: text('indicator_code').notNull(),
    score: real('score'),
    explanation: text('explanation'),
    version: integer('version').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('self_assessments_unique').on(t.assessmentUnitId, t.indicatorCode)],
);

export type RubricRow = typeof rubrics.$inferSelect;
export type Assessment = typeof assessments.$inferSelect;
export type AssessmentUnit = typeof assessmentUnits.$inferSelect;
export type SelfAssessment = typeof selfAssessments.$inferSelect;
