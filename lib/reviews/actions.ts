'use server';

import { eq } from 'drizzle-orm';
import { assignments, measures, reportReviews, reports, rounds } from '@/db/schema';
import { updateVersioned } from '@/lib/actions/crud';
import { ActionError, ConflictError, defineAction } from '@/lib/auth/action';
import { refreshLatestReports } from '@/lib/reports/latest';
import { sendNotice } from '@/lib/notices/send';
import { reviewSchema } from '@/lib/reports/validation';

/**
 * Approves a submitted report, or returns it with a required comment. Version-checked: a second
 * reviewer acting on the same submission is told it was decided meanwhile.
 */
export const reviewReportAction = defineAction({
  name: 'report.review',
  permission: 'report.review',
  schema: reviewSchema,
  run({ tx, input, user, audit, now }) {
    const row = tx
      .select({ report: reports, round: rounds, measure: measures })
      .from(reports)
      .innerJoin(rounds, eq(rounds.id, reports.roundId))
      .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
      .innerJoin(measures, eq(measures.id, assignments.measureId))
      .where(eq(reports.id, input.id))
      .get();
    if (!row) throw new ActionError({ key: 'notFound' });
    const before = row.report;
    if (before.version !== input.version) throw new ConflictError({ status: before.status, version: before.version });
    if (before.status !== 'submitted') throw new ActionError({ key: 'notAwaitingReview' });
    const after = updateVersioned(tx, reports, { id: before.id, version: input.version }, { status: input.decision, reviewedAt: now, reviewedBy: user.id }, now, {
      conflictData: (current) => ({ status: current.status, version: current.version }),
    });
    tx.insert(reportReviews).values({ reportId: before.id, versionNo: before.submissions, decision: input.decision, comment: input.comment, reviewerId: user.id }).run();
    refreshLatestReports(tx, [before.assignmentId]);
    sendNotice(tx, {
      unitId: before.unitId,
      senderId: user.id,
      kind: input.decision === 'approved' ? 'report_approved' : 'report_returned',
      params: { code: row.measure.code, round: row.round.name, reportId: before.id },
      body: input.comment,
      assignmentId: before.assignmentId,
      roundId: before.roundId,
    });
    audit({ objectType: 'report', objectId: before.id, before: { status: before.status }, after: { status: after.status, comment: input.comment } });
    return { message: { key: input.decision === 'approved' ? 'reportApproved' : 'reportReturned' } };
  },
});
