import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp, updatedAt } from './columns';
import { ATTACHMENT_OWNERS, EXTENSION_STATUSES, REPORT_STATES, REPORT_STATUSES, REVIEW_DECISIONS, ROUND_STATUSES } from './enums';
import { plans, measures } from './plans';
import { assignments } from './assignments';
import { units } from './units';
import { users } from './auth';

/** A reporting round (报送轮次): every assignment of a covered measure owes one report. */
export const rounds = sqliteTable(
  'rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    name: text('name').notNull(),
    /**
     * The plan year the round counts toward (dashboard, on-time rate, assessment, annual report):
     * by default the year of its period, so a Q4 round due in January still counts in Q4's year.
     */
    year: integer('year').notNull(),
    /** The period reported on, YYYY-MM-DD days. */
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    /** The submission deadline, an instant (the end of a day in Asia/Shanghai unless set otherwise). */
    deadline: timestamp('deadline').notNull(),
    originalDeadline: timestamp('original_deadline').notNull(),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('open'),
    closedAt: timestamp('closed_at'),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('rounds_plan_idx').on(t.planId, t.deadline), index('rounds_year_idx').on(t.planId, t.year)],
);

export const roundMeasures = sqliteTable(
  'round_measures',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.measureId] }), index('round_measures_measure_idx').on(t.measureId)],
);

/** The working copy of one assignment's report in one round; each submission is also kept as a version. */
export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id),
    /** The reporting unit (the assignment's unit), kept here so scoping needs no join. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
    percent: integer('percent'),
    state: text('state', { enum: REPORT_STATES }),
    workDone: text('work_done'),
    problems: text('problems'),
    nextSteps: text('next_steps'),
    /** Number of submissions so far (the latest version's number). */
    submissions: integer('submissions').notNull().default(0),
    firstSubmittedAt: timestamp('first_submitted_at'),
    lastSubmittedAt: timestamp('last_submitted_at'),
    reviewedAt: timestamp('reviewed_at'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    /**
     * When the office returns a report it gives the unit until this instant to resubmit, even after
     * the round has closed; cleared when the report is resubmitted.
     */
    resubmitBy: timestamp('resubmit_by'),
    /** Optimistic lock: every save increments it; a save from an older form is refused. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('reports_round_assignment').on(t.roundId, t.assignmentId),
    index('reports_unit_idx').on(t.unitId, t.roundId),
    index('reports_assignment_idx').on(t.assignmentId),
    index('reports_status_idx').on(t.status, t.roundId),
    // Covers the per-round progress counts without reading the report rows (their text is large).
    index('reports_round_progress_idx').on(t.roundId, t.assignmentId, t.status, t.firstSubmittedAt),
    // The review queue: one status, oldest submission first.
    index('reports_status_submitted_idx').on(t.status, t.lastSubmittedAt),
  ],
);

/** What was submitted, each time: nothing a unit sent is ever overwritten. */
export const reportVersions = sqliteTable(
  'report_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    versionNo: integer('version_no').notNull(),
    percent: integer('percent').notNull(),
    state: text('state', { enum: REPORT_STATES }).notNull(),
    workDone: text('work_done').notNull(),
    problems: text('problems'),
    nextSteps: text('next_steps'),
    attachmentIds: text('attachment_ids', { mode: 'json' }).$type<number[]>().notNull(),
    submittedAt: timestamp('submitted_at').notNull(),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex('report_versions_report_no').on(t.reportId, t.versionNo)],
);

export const reportReviews = sqliteTable(
  'report_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    versionNo: integer('version_no').notNull(),
    decision: text('decision', { enum: REVIEW_DECISIONS }).notNull(),
    comment: text('comment'),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('report_reviews_report_idx').on(t.reportId)],
);

/** An evidence file, stored outside public/ under its SHA-256; rows are never deleted, only detached. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerType: text('owner_type', { enum: ATTACHMENT_OWNERS }).notNull(),
    ownerId: integer('owner_id').notNull(),
    /** The unit whose evidence it is, for scoping downloads. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    sha256: text('sha256').notNull(),
    originalName: text('original_name').notNull(),
    type: text('type').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: createdAt(),
    /** Removed from the working copy; still served for the versions that include it. */
    detachedAt: timestamp('detached_at'),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId)],
);

/** 延期申请: a unit asks to move an assignment's due date; the office decides. */
export const extensionRequests = sqliteTable(
  'extension_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    currentDueDate: text('current_due_date'),
    requestedDueDate: text('requested_due_date').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: EXTENSION_STATUSES }).notNull().default('pending'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at'),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [index('extension_requests_unit_idx').on(t.unitId, t.createdAt), index('extension_requests_status_idx').on(t.status)],
);

export type Round = typeof rounds.$inferSelect;
export type Report = typeof reports.$inferSelect;
export type ReportVersion = typeof reportVersions.$inferSelect;
export type ReportReview = typeof reportReviews.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
export type ExtensionRequest = typeof extensionRequests.$inferSelect;
