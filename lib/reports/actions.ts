'use server';

import { and, count, eq, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { assignments, attachments, reportVersions, reports, roundMeasures, rounds } from '@/db/schema';
import { updateVersioned } from '@/lib/actions/crud';
import { ActionError, ScopeError, defineAction } from '@/lib/auth/action';
import { checkEvidenceFile, EVIDENCE_LIMITS } from './file-type';
import { editRefusal } from './resubmit';
import { dayInShanghai } from '@/lib/i18n/format';
import { refreshLatestReports } from './latest';
import { safeFileName, storeEvidence } from './storage';
import { LIMITS, checkLimits } from '@/lib/security/rate-limit';
import { attachmentIdSchema, saveReportSchema, startReportSchema, uploadEvidenceSchema } from './validation';

/** The report with its round, checked to belong to the user's unit (else refused and audited). */
function ownReport(tx: Tx | typeof db, reportId: number, unitId: number) {
  const row = tx.select({ report: reports, round: rounds }).from(reports).innerJoin(rounds, eq(rounds.id, reports.roundId)).where(eq(reports.id, reportId)).get();
  if (!row || row.report.unitId !== unitId) throw new ScopeError('report', reportId);
  return row;
}

/**
 * The report may change now: a draft while the round is open, a returned report until its own
 * resubmission deadline even after the round closed (lib/reports/resubmit.ts). Checked inside the
 * transaction before anything is written.
 */
function assertEditable(row: { report: { status: string; resubmitBy: Date | null }; round: { status: string } }, now: Date) {
  const refusal = editRefusal(row.report, row.round, now);
  if (refusal === 'resubmitClosed') throw new ActionError({ key: 'resubmitClosed', values: { day: dayInShanghai(row.report.resubmitBy!) } });
  if (refusal) throw new ActionError({ key: refusal });
}

function reportSnapshot(r: typeof reports.$inferSelect) {
  const { workDone, problems, nextSteps, ...rest } = r;
  return { ...rest, workDone, problems, nextSteps };
}

/** Opens the unit's report for one of its assignments in an open round (a draft, made once). */
export const startReportAction = defineAction({
  name: 'report.start',
  permission: 'report.write',
  schema: startReportSchema,
  run({ tx, input, user, audit }) {
    const assignment = tx.select().from(assignments).where(eq(assignments.id, input.assignmentId)).get();
    if (!assignment || assignment.unitId !== user.unitId) throw new ScopeError('assignment', input.assignmentId);
    const round = tx.select().from(rounds).where(eq(rounds.id, input.roundId)).get();
    if (!round) throw new ActionError({ key: 'notFound' });
    if (round.status !== 'open') throw new ActionError({ key: 'roundClosed' });
    const covers = tx
      .select({ m: roundMeasures.measureId })
      .from(roundMeasures)
      .where(and(eq(roundMeasures.roundId, round.id), eq(roundMeasures.measureId, assignment.measureId)))
      .get();
    // Owed only if the assignment existed by the deadline (lib/reports/owed.ts): the same rule as the lights.
    if (!covers || assignment.status !== 'active' || assignment.createdAt > round.deadline) throw new ActionError({ key: 'notOwed' });
    const existing = tx.select({ id: reports.id }).from(reports).where(and(eq(reports.roundId, round.id), eq(reports.assignmentId, assignment.id))).get();
    if (existing) return { redirectTo: `/reports/${existing.id}` };
    const report = tx.insert(reports).values({ roundId: round.id, assignmentId: assignment.id, unitId: assignment.unitId }).returning().get();
    audit({ objectType: 'report', objectId: report.id, after: report });
    return { redirectTo: `/reports/${report.id}` };
  },
});

/**
 * Saves the unit's report as a draft, or submits it. A submission is kept as a new version (nothing
 * sent is ever overwritten); after it the report is read-only until the office returns it. A save
 * from a form older than the stored report is refused, and the current content is sent back.
 */
export const saveReportAction = defineAction({
  name: 'report.save',
  permission: 'report.write',
  schema: saveReportSchema,
  run({ tx, input, user, audit, now }) {
    const row = ownReport(tx, input.id, user.unitId);
    assertEditable(row, now);
    const before = row.report;
    const fields = { percent: input.percent, state: input.state, workDone: input.workDone, problems: input.problems, nextSteps: input.nextSteps };
    const submit = input.intent === 'submit';
    const after = updateVersioned(
      tx,
      reports,
      { id: before.id, version: input.version },
      {
        ...fields,
        ...(submit
          ? // A resubmission answers the return: its deadline is cleared (the audit log keeps it).
            { status: 'submitted' as const, submissions: before.submissions + 1, firstSubmittedAt: before.firstSubmittedAt ?? now, lastSubmittedAt: now, resubmitBy: null }
          : {}),
      },
      now,
      { conflictData: () => reportSnapshot(before) },
    );
    if (submit) {
      const files = tx
        .select({ id: attachments.id })
        .from(attachments)
        .where(and(eq(attachments.ownerType, 'report'), eq(attachments.ownerId, after.id), isNull(attachments.detachedAt)))
        .all();
      tx.insert(reportVersions)
        .values({
          reportId: after.id,
          versionNo: after.submissions,
          percent: input.percent!,
          state: input.state!,
          workDone: input.workDone!,
          problems: input.problems,
          nextSteps: input.nextSteps,
          attachmentIds: files.map((f) => f.id),
          submittedAt: now,
          submittedBy: user.id,
        })
        .run();
      refreshLatestReports(tx, [after.assignmentId]);
    }
    audit({ action: submit ? 'report.submit' : 'report.save-draft', objectType: 'report', objectId: after.id, before: reportSnapshot(before), after: reportSnapshot(after) });
    return { message: { key: submit ? 'reportSubmitted' : 'draftSaved' }, data: { version: after.version } };
  },
});

/** The report may take one more file: the unit's own, editable, and under the file limit. */
function assertMayAttach(tx: Tx | typeof db, reportId: number, unitId: number, now: Date) {
  const row = ownReport(tx, reportId, unitId);
  assertEditable(row, now);
  const attached = tx
    .select({ n: count() })
    .from(attachments)
    .where(and(eq(attachments.ownerType, 'report'), eq(attachments.ownerId, row.report.id), isNull(attachments.detachedAt)))
    .get()!.n;
  if (attached >= EVIDENCE_LIMITS.maxFiles) throw new ActionError({ key: 'reports.files.tooMany' }, 'file');
  return row;
}

/**
 * Attaches one evidence file, checked by its content (not its name) and stored under its checksum.
 * Scope, round and file count are checked before a byte is written (and again in the transaction);
 * a file stored for an upload that then failed is removed by the daily sweep (lib/reports/sweep.ts).
 */
export const uploadEvidenceAction = defineAction({
  name: 'report.attach',
  permission: 'report.write',
  schema: uploadEvidenceSchema,
  async prepare({ input, user }) {
    const wait = checkLimits([[`upload:user:${user.id}`, LIMITS.uploadPerUser]]);
    if (wait > 0) throw new ActionError({ key: 'rateLimited', values: { seconds: wait } });
    assertMayAttach(db, input.reportId, user.unitId, new Date());
    if (input.file.size > EVIDENCE_LIMITS.maxBytes) throw new ActionError({ key: 'reports.files.tooLarge' }, 'file');
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const check = await checkEvidenceFile(input.file.name, bytes);
    if (!check.ok) throw new ActionError({ key: `reports.files.${check.problem}` }, 'file');
    return { ...check, sha256: storeEvidence(bytes), size: bytes.byteLength };
  },
  run({ tx, input, user, prepared, audit, now }) {
    const row = assertMayAttach(tx, input.reportId, user.unitId, now);
    const file = tx
      .insert(attachments)
      .values({
        ownerType: 'report',
        ownerId: row.report.id,
        unitId: row.report.unitId,
        sha256: prepared.sha256,
        originalName: safeFileName(input.file.name),
        type: prepared.type,
        mime: prepared.mime,
        size: prepared.size,
        uploadedBy: user.id,
      })
      .returning()
      .get();
    audit({ objectType: 'attachment', objectId: file.id, after: file });
    return { message: { key: 'fileAttached' } };
  },
});

/** Takes a file off the working copy; versions already submitted keep it. */
export const removeEvidenceAction = defineAction({
  name: 'report.detach',
  permission: 'report.write',
  schema: attachmentIdSchema,
  run({ tx, input, user, audit, now }) {
    const file = tx.select().from(attachments).where(eq(attachments.id, input.id)).get();
    if (!file || file.ownerType !== 'report' || file.unitId !== user.unitId) throw new ScopeError('attachment', input.id);
    assertEditable(ownReport(tx, file.ownerId, user.unitId), now);
    if (file.detachedAt) return;
    const after = tx.update(attachments).set({ detachedAt: now }).where(eq(attachments.id, file.id)).returning().get();
    audit({ objectType: 'attachment', objectId: file.id, before: file, after });
    return { message: { key: 'fileRemoved' } };
  },
});
