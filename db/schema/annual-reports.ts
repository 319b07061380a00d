import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp, updatedAt } from './columns';
import { plans } from './plans';
import { users } from './auth';

/** The five sections 《法治政府建设与责任落实督察工作规定》 asks of the annual report. */
export interface AnnualReportSections {
  measures: string;
  shortcomings: string;
  responsibility: string;
  nextYear: string;
  other: string;
}

/** The office's working draft of one year's report (法治政府建设年度报告). */
export const annualReports = sqliteTable(
  'annual_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    /** YYYY-MM-DD. */
    issueDate: text('issue_date').notNull(),
    sections: text('sections', { mode: 'json' }).$type<AnnualReportSections>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('annual_reports_year').on(t.year)],
);

/** Every saved state of a draft: nothing the office wrote is lost to a later save. */
export const annualReportVersions = sqliteTable(
  'annual_report_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => annualReports.id),
    versionNo: integer('version_no').notNull(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    issueDate: text('issue_date').notNull(),
    sections: text('sections', { mode: 'json' }).$type<AnnualReportSections>().notNull(),
    savedBy: integer('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamp('saved_at').notNull(),
  },
  (t) => [index('annual_report_versions_report').on(t.reportId, t.versionNo)],
);

export type AnnualReport = typeof annualReports.$inferSelect;
