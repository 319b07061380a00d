import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, attachments, reports, type Attachment } from '@/db/schema';
import type { Access } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import type { CurrentUser } from '@/lib/auth/session';
import { assignmentAccess } from '@/lib/assignments/access';
import { canReadSelfAssessmentEvidence } from '@/lib/assessments/queries';
import { editRefusal } from './resubmit';

/** A report is held as its assignment is (lib/assignments/access.ts). */
export const reportAccess = assignmentAccess;

export function canReadReport(user: ScopedUser, report: { unitId: number; measureId: number }): boolean {
  return reportAccess(user, report) !== null;
}

/**
 * The reporting unit edits a draft while the round is open, and a returned report until its own
 * resubmission deadline (even after the round closed): the rule the actions enforce (resubmit.ts).
 */
export function canEditReport(user: ScopedUser, report: { unitId: number; status: string; resubmitBy: Date | null }, round: { status: string }, now = new Date()): boolean {
  return can(user.role, 'report.write') && report.unitId === user.unitId && editRefusal(report, round, now) === null;
}

export function getAttachment(id: number): Attachment | undefined {
  return Number.isInteger(id) && id > 0 ? db.select().from(attachments).where(eq(attachments.id, id)).get() : undefined;
}

/** An evidence file is read by whoever may read what it is evidence for (a report or a self-assessment). */
export function attachmentAccess(user: CurrentUser, file: Attachment): Access {
  if (file.ownerType === 'report') {
    const owner = db
      .select({ unitId: reports.unitId, measureId: assignments.measureId })
      .from(reports)
      .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
      .where(eq(reports.id, file.ownerId))
      .get();
    return owner ? reportAccess(user, owner) : null;
  }
  return canReadSelfAssessmentEvidence(user, file.ownerId) ? 'any' : null;
}
