'use server';

import { and, asc, eq, ne } from 'drizzle-orm';
import { assignments, measures, reportReviews, reports, rounds } from '@/db/schema';
import type { Tx } from '@/db/client';
import { updateVersioned } from '@/lib/actions/crud';
import { ActionError, ConflictError, defineAction } from '@/lib/auth/action';
import { refreshLatestReports } from '@/lib/reports/latest';
import { sendNotice } from '@/lib/notices/send';
import { reviewSchema } from '@/lib/reports/validation';
import { defaultResubmitDay, resubmitInstant } from '@/lib/reports/resubmit';
import { dayInShanghai } from '@/lib/i18n/format';

/**
 * The next report awaiting review in the plan, in the review queue's order (oldest submission
 * first, lib/reports/queries.ts reviewQueue), other than the one just decided.
 */
function nextAwaitingReview(tx: Tx, planId: number, decidedId: number): number | null {
  const next = tx
    .select({ id: reports.id })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(eq(rounds.planId, planId), eq(reports.status, 'submitted'), ne(reports.id, decidedId)))
    .orderBy(asc(reports.lastSubmittedAt), asc(reports.id))
    .limit(1)
    .get();
  return next?.id ?? null;
}

/**
 * Approves a submitted report, or returns it with a required comment and its own resubmission
 * deadline (the end of `resubmitDay` in Shanghai, by default a few working days away: the unit may
 * revise and resubmit until then even after the round has closed). Version-checked: a second
 * reviewer acting on the same submission is told it was decided meanwhile. Then the reviewer is taken
 * to the next report awaiting review, or back to the queue when none is left; either page says what
 * was decided (`?reviewed=<id>`).
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
    const returning = input.decision === 'returned';
    const resubmitDay = returning ? (input.resubmitDay ?? defaultResubmitDay(now, row.round)) : null;
    if (resubmitDay !== null && resubmitDay < dayInShanghai(now)) throw new ActionError({ key: 'resubmitDayPast' }, 'resubmitDay');
    const resubmitBy = resubmitDay === null ? null : resubmitInstant(resubmitDay);
    const after = updateVersioned(tx, reports, { id: before.id, version: input.version }, { status: input.decision, reviewedAt: now, reviewedBy: user.id, resubmitBy }, now, {
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
    audit({ objectType: 'report', objectId: before.id, before: { status: before.status }, after: { status: after.status, comment: input.comment, resubmitBy } });
    const next = nextAwaitingReview(tx, row.round.planId, before.id);
    return { redirectTo: next ? `/reports/${next}?reviewed=${before.id}` : `/review?reviewed=${before.id}` };
  },
});
