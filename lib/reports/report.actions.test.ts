import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, attachments, auditLog, measures, notices, reportVersions, reports, rounds, units } from '@/db/schema';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { createRoundAction, closeRoundAction, extendRoundAction } from '@/lib/rounds/actions';
import { reviewReportAction } from '@/lib/reviews/actions';
import { runReminderJob } from '@/lib/reminders/job';
import { memo } from '@/lib/cache/memo';
import { unreadNoticeCount } from '@/lib/notices/queries';
import { removeEvidenceAction, saveReportAction, startReportAction, uploadEvidenceAction } from './actions';
import { assignmentLightDetail } from './lights';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new Array(64).fill(0)]);

let roundId: number;
let fgwAssignment: number;
let jyjAssignment: number;

const fingerprint = () => [reports, reportVersions, attachments, notices].map((t) => db.select({ n: count() }).from(t).get()!.n);

function assignmentOf(unitCode: string) {
  return db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(units.code, unitCode))
    .limit(1)
    .get()!.id;
}

beforeAll(async () => {
  signInAs(testUser('office'));
  const plan = db.select().from(rounds).get();
  expect(plan).toBeUndefined();
  const planId = db.select({ id: measures.planId }).from(measures).get()!.id;
  const r = await run(createRoundAction, { planId, name: '2018年第二季度', periodStart: '2018-04-01', periodEnd: '2018-06-30', deadlineDay: '2099-07-05' });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  roundId = db.select({ id: rounds.id }).from(rounds).get()!.id;
  fgwAssignment = assignmentOf('fgw');
  jyjAssignment = assignmentOf('jyj');
});

async function startAs(username: string, assignmentId: number) {
  signInAs(testUser(username));
  return run(startReportAction, { roundId, assignmentId });
}

describe('unit reports', () => {
  it('a unit opens a draft on its own assignment, once', async () => {
    const first = await startAs('fgw', fgwAssignment);
    const again = await startAs('fgw', fgwAssignment);
    expect(first.redirect).toMatch(/^\/reports\/\d+$/);
    expect(again.redirect).toBe(first.redirect);
    expect(db.select({ n: count() }).from(reports).where(eq(reports.assignmentId, fgwAssignment)).get()!.n).toBe(1);
  });

  it('refuses a report on another unit’s assignment, audits it and writes nothing', async () => {
    const before = fingerprint();
    const denied = db.select({ n: count() }).from(auditLog).where(eq(auditLog.result, 'denied')).get()!.n;
    expect(await startAs('fgw', jyjAssignment)).toMatchObject({ ok: false, message: 'v.forbidden' });
    expect(db.select({ n: count() }).from(auditLog).where(eq(auditLog.result, 'denied')).get()!.n).toBe(denied + 1);
    expect(fingerprint()).toEqual(before);
  });

  it('refuses bad input with a message per field and writes nothing', async () => {
    const report = db.select().from(reports).where(eq(reports.assignmentId, fgwAssignment)).get()!;
    signInAs(testUser('fgw'));
    const before = fingerprint();
    const base = { id: report.id, version: report.version, intent: 'submit', percent: '50', state: 'on_track', workDone: '完成' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, percent: '101' }, 'percent', 'v.max'],
      [{ ...base, percent: '-1' }, 'percent', 'v.min'],
      [{ ...base, percent: 'abc' }, 'percent', 'v.number'],
      [{ ...base, percent: '12.5' }, 'percent', 'v.integer'],
      [{ ...base, workDone: '   ' }, 'workDone', 'v.required'],
      [{ ...base, workDone: 'x'.repeat(10_001) }, 'workDone', 'v.tooLong'],
      [{ ...base, problems: 'y'.repeat(10_001) }, 'problems', 'v.tooLong'],
      [{ ...base, state: 'finished' }, 'state', 'v.choose'],
      [{ ...base, percent: '100', state: 'delayed' }, 'state', 'reports.completeButDelayed'],
      [{ ...base, intent: 'draft', percent: '100', state: 'delayed' }, 'state', 'reports.completeButDelayed'],
    ];
    for (const [payload, field, message] of cases) {
      const r = await run(saveReportAction, payload);
      expect(r.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
      expect(r.fieldErrors?.[field]).toBe(message);
    }
    expect(fingerprint()).toEqual(before);
    expect(db.select().from(reports).where(eq(reports.id, report.id)).get()).toEqual(report);
  });

  it('checks evidence by content: a PDF is kept, an .exe renamed .pdf is refused', async () => {
    const report = db.select().from(reports).where(eq(reports.assignmentId, fgwAssignment)).get()!;
    signInAs(testUser('fgw'));
    const ok = await run(uploadEvidenceAction, { reportId: report.id, file: new File([PDF], '佐证材料.pdf', { type: 'application/pdf' }) });
    expect(ok).toMatchObject({ ok: true, message: 'v.fileAttached' });
    const before = fingerprint();
    const exe = await run(uploadEvidenceAction, { reportId: report.id, file: new File([EXE], 'setup.pdf', { type: 'application/pdf' }) });
    expect(exe.fieldErrors?.file).toBe('reports.files.typeNotAllowed');
    const mismatch = await run(uploadEvidenceAction, { reportId: report.id, file: new File([PDF], 'photo.png', { type: 'image/png' }) });
    expect(mismatch.fieldErrors?.file).toBe('reports.files.typeMismatch');
    expect(fingerprint()).toEqual(before);
    const file = db.select().from(attachments).where(eq(attachments.ownerId, report.id)).get()!;
    expect(file).toMatchObject({ type: 'pdf', mime: 'application/pdf', originalName: '佐证材料.pdf', size: PDF.byteLength });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('submits, is read-only until returned, keeps every version and review', async () => {
    const report = db.select().from(reports).where(eq(reports.assignmentId, fgwAssignment)).get()!;
    signInAs(testUser('fgw'));
    const submitted = await run(saveReportAction, { id: report.id, version: report.version, intent: 'submit', percent: '40', state: 'at_risk', workDone: '第一次报送' });
    expect(submitted).toMatchObject({ ok: true, message: 'v.reportSubmitted' });
    const after = db.select().from(reports).where(eq(reports.id, report.id)).get()!;
    expect(after).toMatchObject({ status: 'submitted', submissions: 1 });
    expect(after.firstSubmittedAt).not.toBeNull();
    expect(db.select().from(assignments).where(eq(assignments.id, fgwAssignment)).get()!.latestReportId).toBe(report.id);

    // Read-only now: a second save is refused, and so is a file.
    expect(await run(saveReportAction, { id: report.id, version: after.version, intent: 'draft', workDone: '偷偷修改' })).toMatchObject({ ok: false, message: 'v.reportLocked' });
    const fileId = db.select().from(attachments).where(eq(attachments.ownerId, report.id)).get()!.id;
    expect(await run(removeEvidenceAction, { id: fileId })).toMatchObject({ ok: false, message: 'v.reportLocked' });

    // The office returns it: a comment is required.
    signInAs(testUser('office'));
    expect((await run(reviewReportAction, { id: report.id, version: after.version, decision: 'returned' })).fieldErrors?.comment).toBe('v.returnNeedsComment');
    // Nothing else awaits review: the office is taken back to the queue, which says what was decided.
    expect(await run(reviewReportAction, { id: report.id, version: after.version, decision: 'returned', comment: '请补充佐证' })).toMatchObject({
      ok: true,
      redirect: `/review?reviewed=${report.id}`,
    });
    // A second reviewer acting on the version they loaded is told it changed meanwhile.
    expect(await run(reviewReportAction, { id: report.id, version: after.version, decision: 'approved' })).toMatchObject({ ok: false, conflict: true });
    const returned = db.select().from(reports).where(eq(reports.id, report.id)).get()!;
    expect(returned.status).toBe('returned');
    expect(db.select({ n: count() }).from(notices).where(and(eq(notices.kind, 'report_returned'), eq(notices.unitId, returned.unitId))).get()!.n).toBe(1);

    // The unit edits and resubmits: version 2; the first submission time is kept.
    signInAs(testUser('fgw'));
    expect(await run(saveReportAction, { id: report.id, version: returned.version, intent: 'submit', percent: '60', state: 'on_track', workDone: '第二次报送，已补充' })).toMatchObject({ ok: true });
    const resubmitted = db.select().from(reports).where(eq(reports.id, report.id)).get()!;
    expect(resubmitted).toMatchObject({ status: 'submitted', submissions: 2, percent: 60, firstSubmittedAt: after.firstSubmittedAt });
    const versions = db.select().from(reportVersions).where(eq(reportVersions.reportId, report.id)).all();
    expect(versions.map((v) => [v.versionNo, v.percent, v.workDone])).toEqual([
      [1, 40, '第一次报送'],
      [2, 60, '第二次报送，已补充'],
    ]);
    expect(versions[0]!.attachmentIds).toEqual([fileId]);
  });

  it('refuses a save from a form older than the stored report, and sends the current content back', async () => {
    signInAs(testUser('jyj'));
    const start = await run(startReportAction, { roundId, assignmentId: jyjAssignment });
    const id = Number(start.redirect!.split('/').at(-1));
    const loaded = db.select().from(reports).where(eq(reports.id, id)).get()!;
    expect(await run(saveReportAction, { id, version: loaded.version, intent: 'draft', workDone: '甲先保存' })).toMatchObject({ ok: true });
    const second = await run(saveReportAction, { id, version: loaded.version, intent: 'draft', workDone: '乙后保存' });
    expect(second).toMatchObject({ ok: false, conflict: true, message: 'v.conflict' });
    expect((second.data as { workDone: string }).workDone).toBe('甲先保存');
    expect(db.select().from(reports).where(eq(reports.id, id)).get()!.workDone).toBe('甲先保存');
  });

  it('an extended deadline keeps the light honest, and a closed round refuses reports', async () => {
    signInAs(testUser('office'));
    const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get()!;
    expect((await run(extendRoundAction, { id: roundId, version: round.version, deadlineDay: '2099-07-01' })).fieldErrors?.deadlineDay).toBe('v.deadlineNotLater');
    expect(await run(extendRoundAction, { id: roundId, version: round.version, deadlineDay: '2099-07-10', deadlineTime: '12:00' })).toMatchObject({ ok: true });
    expect(await run(closeRoundAction, { id: roundId })).toMatchObject({ ok: true });
    const jyjReport = db.select().from(reports).where(eq(reports.assignmentId, jyjAssignment)).get()!;
    signInAs(testUser('jyj'));
    const before = fingerprint();
    expect(await run(saveReportAction, { id: jyjReport.id, version: jyjReport.version, intent: 'submit', percent: '10', state: 'on_track', workDone: '关闭后' })).toMatchObject({
      ok: false,
      message: 'v.roundClosed',
    });
    expect(fingerprint()).toEqual(before);
    // The traffic light reads the same data: a submitted report in time is not "missed".
    const light = assignmentLightDetail(fgwAssignment, null, new Date('2099-07-11T00:00:00+08:00'), db);
    expect(light.reasons.find((r) => r.kind === 'missedDeadline')).toBeUndefined();
  });
});

describe('automatic reminders', () => {
  it('sends each due reminder once, however often the job runs', async () => {
    signInAs(testUser('office'));
    const planId = db.select({ id: measures.planId }).from(measures).get()!.id;
    const deadline = new Date(Date.now() + 2 * 86_400_000);
    const day = new Date(deadline.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    await run(createRoundAction, { planId, name: '提醒测试', periodStart: '2018-01-01', periodEnd: '2018-03-31', deadlineDay: day });
    // A cached view that counts notices is recomputed after the job, which writes outside any action.
    const fgwUnread = () => memo('test:fgw-unread', 60_000, () => unreadNoticeCount(testUser('fgw')));
    const unreadBefore = fgwUnread();
    const first = runReminderJob(db);
    expect(first.sent).toBeGreaterThan(0);
    expect(fgwUnread()).toBeGreaterThan(unreadBefore);
    expect(runReminderJob(db).sent).toBe(0);
    expect(db.select({ n: count() }).from(notices).where(eq(notices.kind, 'reminder_auto')).get()!.n).toBe(first.sent);
  });
});
