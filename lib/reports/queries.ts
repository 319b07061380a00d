import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { unitsMatching } from '@/db/helpers';
import { assignments, attachments, extensionRequests, measures, reportReviews, reportVersions, reports, roundMeasures, rounds, tasks, units, users } from '@/db/schema';
import { REPORT_STATES, REPORT_STATUSES } from '@/db/schema/enums';
import { qs, type Filter } from '@/lib/list/filter';
import { paginate } from '@/lib/list/paginate';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import { owedJoin } from './owed';
import { editRefusal } from './resubmit';

/** One report with its round, assignment, measure, task and unit; the page checks `reportAccess` (loadOr403). */
export function getReportDetail(reportId: number) {
  return db
    .select({ report: reports, round: rounds, assignment: assignments, measure: measures, task: tasks, unit: units })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(tasks, eq(tasks.id, measures.taskId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(eq(reports.id, reportId))
    .get();
}

/** A report's evidence files, current and detached, in upload order. */
export function reportFiles(reportId: number) {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ownerType, 'report'), eq(attachments.ownerId, reportId)))
    .orderBy(asc(attachments.id))
    .all();
}

/** Every report of an assignment, newest round first, each with its submitted versions and review decisions. */
export function assignmentTimeline(assignmentId: number) {
  const list = db
    .select({ report: reports, round: rounds })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(eq(reports.assignmentId, assignmentId))
    .orderBy(desc(rounds.deadline), desc(rounds.id))
    .all();
  const ids = list.map((r) => r.report.id);
  const versions = ids.length
    ? db
        .select({ version: reportVersions, by: users.displayName })
        .from(reportVersions)
        .innerJoin(users, eq(users.id, reportVersions.submittedBy))
        .where(inArray(reportVersions.reportId, ids))
        .orderBy(asc(reportVersions.versionNo))
        .all()
    : [];
  const reviews = ids.length
    ? db
        .select({ review: reportReviews, by: users.displayName })
        .from(reportReviews)
        .innerJoin(users, eq(users.id, reportReviews.reviewerId))
        .where(inArray(reportReviews.reportId, ids))
        .orderBy(asc(reportReviews.id))
        .all()
    : [];
  const files = ids.length
    ? db
        .select({ id: attachments.id, name: attachments.originalName, ownerId: attachments.ownerId })
        .from(attachments)
        .where(and(eq(attachments.ownerType, 'report'), inArray(attachments.ownerId, ids)))
        .all()
    : [];
  return list.map(({ report, round }) => ({
    report,
    round,
    versions: versions.filter((v) => v.version.reportId === report.id),
    reviews: reviews.filter((r) => r.review.reportId === report.id),
    files: files.filter((f) => f.ownerId === report.id),
  }));
}

/**
 * Extension requests the user may see: the office every unit's, a unit its own (the scope is in the
 * WHERE, whatever filter is asked for). Newest first.
 */
export function listExtensionRequests(user: ScopedUser, filter: { status?: 'pending'; assignmentId?: number; id?: number } = {}, limit = 200) {
  const scope = can(user.role, 'extension.decide') || can(user.role, 'unit.read.any') ? undefined : can(user.role, 'extension.request') ? eq(extensionRequests.unitId, user.unitId) : sql`0`;
  return db
    .select({
      request: extensionRequests,
      unitName: units.name,
      unitCode: units.code,
      measureCode: measures.code,
      measureTitle: measures.title,
      requestedBy: users.displayName,
    })
    .from(extensionRequests)
    .innerJoin(units, eq(units.id, extensionRequests.unitId))
    .innerJoin(assignments, eq(assignments.id, extensionRequests.assignmentId))
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(users, eq(users.id, extensionRequests.requestedBy))
    .where(
      and(
        scope,
        filter.status ? eq(extensionRequests.status, filter.status) : undefined,
        filter.assignmentId ? eq(extensionRequests.assignmentId, filter.assignmentId) : undefined,
        filter.id ? eq(extensionRequests.id, filter.id) : undefined,
      ),
    )
    .orderBy(desc(extensionRequests.createdAt), desc(extensionRequests.id))
    .limit(limit)
    .all();
}

export const REVIEW_PAGE_SIZE = 50;

/** The review queue's filters (a unit is its code or part of its name). */
export const reviewFilterShape = {
  round: qs.id(),
  task: qs.id(),
  unit: qs.text(),
  state: qs.oneOf(REPORT_STATES),
  status: qs.oneOf(REPORT_STATUSES),
};
export type ReviewFilter = Filter<typeof reviewFilterShape>;

/** The review queue: reports awaiting review by default (oldest submission first), filtered, one page. */
export function reviewQueue(planId: number, f: ReviewFilter) {
  const status = f.status ?? 'submitted';
  const where = and(
    eq(rounds.planId, planId),
    eq(reports.status, status),
    f.round ? eq(reports.roundId, f.round) : undefined,
    f.task ? eq(measures.taskId, f.task) : undefined,
    f.unit ? unitsMatching(reports.unitId, f.unit) : undefined,
    f.state ? eq(reports.state, f.state) : undefined,
  );
  const query = db
    .select({
      id: reports.id,
      status: reports.status,
      state: reports.state,
      percent: reports.percent,
      submissions: reports.submissions,
      lastSubmittedAt: reports.lastSubmittedAt,
      firstSubmittedAt: reports.firstSubmittedAt,
      deadline: rounds.deadline,
      roundName: rounds.name,
      measureCode: measures.code,
      measureTitle: measures.title,
      unitName: units.name,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(where)
    .orderBy(status === 'submitted' ? asc(reports.lastSubmittedAt) : desc(reports.lastSubmittedAt), asc(reports.id));
  return paginate(query, f.page, REVIEW_PAGE_SIZE);
}

/**
 * A unit's work in the open rounds: every report it owes, with where it stands. Returned reports
 * come first, then those not yet submitted, then the rest.
 */
export function unitOpenWork(unitId: number) {
  const rows = db
    .select({
      roundId: rounds.id,
      roundName: rounds.name,
      deadline: rounds.deadline,
      assignmentId: assignments.id,
      measureCode: measures.code,
      measureTitle: measures.title,
      reportId: reports.id,
      status: reports.status,
      firstSubmittedAt: reports.firstSubmittedAt,
    })
    .from(rounds)
    .innerJoin(roundMeasures, eq(roundMeasures.roundId, rounds.id))
    .innerJoin(assignments, owedJoin.assignment)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .leftJoin(reports, owedJoin.report)
    .where(and(eq(rounds.status, 'open'), eq(assignments.unitId, unitId), eq(assignments.status, 'active')))
    .orderBy(asc(rounds.deadline), asc(measures.sortOrder))
    .all();
  const rank = (s: string | null) => (s === 'returned' ? 0 : s === null || s === 'draft' ? 1 : 2);
  return rows.sort((a, b) => rank(a.status) - rank(b.status));
}

/**
 * Returned reports of a unit in any round (they come first on its home), each with whether it may still
 * be revised now (lib/reports/resubmit.ts: until its own deadline, even in a closed round). Those that
 * may be revised come first, the nearest deadline first.
 */
export function unitReturnedReports(unitId: number, now = new Date()) {
  const rows = db
    .select({
      id: reports.id,
      status: reports.status,
      resubmitBy: reports.resubmitBy,
      roundName: rounds.name,
      roundStatus: rounds.status,
      measureCode: measures.code,
      measureTitle: measures.title,
      reviewedAt: reports.reviewedAt,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .where(and(eq(reports.unitId, unitId), eq(reports.status, 'returned')))
    .orderBy(desc(reports.reviewedAt))
    .all()
    .map((r) => ({ ...r, revisable: editRefusal(r, { status: r.roundStatus }, now) === null }));
  const due = (r: (typeof rows)[number]) => r.resubmitBy?.getTime() ?? Number.POSITIVE_INFINITY;
  return rows.sort((a, b) => Number(b.revisable) - Number(a.revisable) || (a.revisable ? due(a) - due(b) : 0));
}

export const COOPERATING_SHOWN = 50;

/**
 * For a lead unit: the latest report of each cooperating unit on the measures it leads (read-only),
 * one page of COOPERATING_SHOWN and how many there are (a province has hundreds per measure).
 */
export function cooperatingReports(leadUnitId: number, page = 1) {
  const led = db
    .select({ measureId: assignments.measureId })
    .from(assignments)
    .where(and(eq(assignments.unitId, leadUnitId), eq(assignments.role, 'lead'), eq(assignments.status, 'active')));
  const where = and(inArray(assignments.measureId, led), eq(assignments.role, 'cooperating'), eq(assignments.status, 'active'), isNull(measures.archivedAt));
  const query = db
    .select({
      assignmentId: assignments.id,
      measureCode: measures.code,
      measureTitle: measures.title,
      unitName: units.name,
      reportId: reports.id,
      roundName: rounds.name,
      status: reports.status,
      state: reports.state,
      percent: reports.percent,
    })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .leftJoin(reports, eq(reports.id, assignments.latestReportId))
    .leftJoin(rounds, eq(rounds.id, reports.roundId))
    .where(where)
    .orderBy(asc(measures.sortOrder), asc(units.sortOrder), asc(assignments.id));
  const count = () => db.select({ n: sql<number>`count(*)` }).from(assignments).innerJoin(measures, eq(measures.id, assignments.measureId)).where(where).get()?.n ?? 0;
  return paginate(query, page, COOPERATING_SHOWN, count);
}

/** Earlier reports of the same assignment (other rounds), for the reviewer's side-by-side view. */
export function earlierReports(assignmentId: number, beforeDeadline: Date) {
  return db
    .select({ id: reports.id, roundName: rounds.name, status: reports.status, percent: reports.percent, state: reports.state, workDone: reports.workDone })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(eq(reports.assignmentId, assignmentId), sql`${rounds.deadline} < ${beforeDeadline.getTime()}`, sql`${reports.status} <> 'draft'`))
    .orderBy(desc(rounds.deadline))
    .limit(4)
    .all();
}
