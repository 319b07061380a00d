import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, attachments, auditLog, measures, notices, reportReviews, reportVersions, reports, rounds, units } from '@/db/schema';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { closeRoundAction, createRoundAction } from '@/lib/rounds/actions';
import { reviewReportAction } from '@/lib/reviews/actions';
import { dayInShanghai, endOfDayShanghai } from '@/lib/i18n/format';
import { removeEvidenceAction, saveReportAction, startReportAction, uploadEvidenceAction } from './actions';
import { addWorkingDays, defaultResubmitDay } from './resubmit';
import { assignmentLightDetail } from './lights';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const fingerprint = () => [reports, reportVersions, reportReviews, attachments, notices].map((t) => db.select({ n: count() }).from(t).get()!.n);
const reportOf = (id: number) => db.select().from(reports).where(eq(reports.id, id)).get()!;

let roundId: number;
const ids = { fgw: 0, jyj: 0 };

function assignmentOf(unitCode: string, measureCode: string) {
  return db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .where(and(eq(units.code, unitCode), eq(measures.code, measureCode)))
    .get()!.id;
}

/** The unit opens and submits its report on the assignment; returns the report id. */
async function submit(unit: string, assignmentId: number, workDone: string) {
  signInAs(testUser(unit));
  const start = await run(startReportAction, { roundId, assignmentId });
  const id = Number(start.redirect!.split('/').at(-1));
  const r = await run(saveReportAction, { id, version: reportOf(id).version, intent: 'submit', percent: '30', state: 'on_track', workDone });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return id;
}

beforeAll(async () => {
  signInAs(testUser('office'));
  const planId = db.select({ id: measures.planId }).from(measures).get()!.id;
  const r = await run(createRoundAction, { planId, name: '2018年第四季度', periodStart: '2018-10-01', periodEnd: '2018-12-31', deadlineDay: '2099-01-10' });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  roundId = db.select({ id: rounds.id }).from(rounds).get()!.id;
  // Two reports await review, submitted in this order: fgw's on 1.4, then jyj's.
  const jyjAssignment = db.select({ id: assignments.id }).from(assignments).innerJoin(units, eq(units.id, assignments.unitId)).where(eq(units.code, 'jyj')).get()!.id;
  ids.fgw = await submit('fgw', assignmentOf('fgw', '1.4'), '第一次报送');
  await new Promise((r) => setTimeout(r, 5));
  ids.jyj = await submit('jyj', jyjAssignment, '教育局报送');
});

describe('returns in a closed round', () => {
  it('refuses a resubmission day in the past, and writes nothing', async () => {
    signInAs(testUser('office'));
    const before = fingerprint();
    const yesterday = dayInShanghai(new Date(Date.now() - 86_400_000));
    const r = await run(reviewReportAction, { id: ids.fgw, version: reportOf(ids.fgw).version, decision: 'returned', comment: '请补充', resubmitDay: yesterday });
    expect(r).toMatchObject({ ok: false });
    expect(r.fieldErrors?.resubmitDay).toBe('v.resubmitDayPast');
    expect(fingerprint()).toEqual(before);
    expect(reportOf(ids.fgw).status).toBe('submitted');
  });

  it('returns with a deadline and takes the office to the next report awaiting review, then to the queue', async () => {
    signInAs(testUser('office'));
    const day = addWorkingDays(dayInShanghai(new Date()), 3);
    const first = await run(reviewReportAction, { id: ids.fgw, version: reportOf(ids.fgw).version, decision: 'returned', comment: '请补充监管数据', resubmitDay: day });
    // The oldest submission left is jyj's.
    expect(first).toMatchObject({ ok: true, redirect: `/reports/${ids.jyj}?reviewed=${ids.fgw}` });
    expect(reportOf(ids.fgw)).toMatchObject({ status: 'returned', resubmitBy: endOfDayShanghai(day) });
    // Returned without a day: the default, a few working days away.
    const second = await run(reviewReportAction, { id: ids.jyj, version: reportOf(ids.jyj).version, decision: 'returned', comment: '请补充' });
    expect(second).toMatchObject({ ok: true, redirect: `/review?reviewed=${ids.jyj}` });
    expect(reportOf(ids.jyj).resubmitBy).toEqual(endOfDayShanghai(defaultResubmitDay(new Date(), { status: 'open', deadline: endOfDayShanghai('2099-01-10') })));
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, 'report.review'), eq(auditLog.objectId, String(ids.fgw)))).all().at(-1)!;
    expect(JSON.stringify(audit.after)).toContain('resubmitBy');
    expect(await run(closeRoundAction, { id: roundId })).toMatchObject({ ok: true });
  });

  it('lets the unit revise and resubmit before its own deadline although the round is closed', async () => {
    signInAs(testUser('fgw'));
    const draft = await run(saveReportAction, { id: ids.fgw, version: reportOf(ids.fgw).version, intent: 'draft', percent: '50', state: 'on_track', workDone: '修改中' });
    expect(draft).toMatchObject({ ok: true, message: 'v.draftSaved' });
    expect(await run(uploadEvidenceAction, { reportId: ids.fgw, file: new File([PDF], '检查记录.pdf', { type: 'application/pdf' }) })).toMatchObject({ ok: true });
    const fileId = db.select().from(attachments).where(eq(attachments.ownerId, ids.fgw)).get()!.id;
    expect(await run(removeEvidenceAction, { id: fileId })).toMatchObject({ ok: true });
    const firstSubmittedAt = reportOf(ids.fgw).firstSubmittedAt;
    const r = await run(saveReportAction, { id: ids.fgw, version: reportOf(ids.fgw).version, intent: 'submit', percent: '60', state: 'on_track', workDone: '第二次报送，已补充' });
    expect(r).toMatchObject({ ok: true, message: 'v.reportSubmitted' });
    // Resubmitted: awaiting review again, version 2, the deadline answered (cleared), on-time unchanged.
    expect(reportOf(ids.fgw)).toMatchObject({ status: 'submitted', submissions: 2, resubmitBy: null, firstSubmittedAt });
    expect(db.select({ n: count() }).from(reportVersions).where(eq(reportVersions.reportId, ids.fgw)).get()!.n).toBe(2);
    // And now it is locked again.
    expect(await run(saveReportAction, { id: ids.fgw, version: reportOf(ids.fgw).version, intent: 'draft', workDone: 'x' })).toMatchObject({ ok: false, message: 'v.reportLocked' });
  });

  it('another unit cannot touch a returned report, and nothing is written', async () => {
    signInAs(testUser('fgw'));
    const before = fingerprint();
    const jyj = reportOf(ids.jyj);
    expect(await run(saveReportAction, { id: jyj.id, version: jyj.version, intent: 'submit', percent: '90', state: 'on_track', workDone: '越权' })).toMatchObject({ ok: false, message: 'v.forbidden' });
    expect(await run(uploadEvidenceAction, { reportId: jyj.id, file: new File([PDF], 'x.pdf', { type: 'application/pdf' }) })).toMatchObject({ ok: false, message: 'v.forbidden' });
    expect(fingerprint()).toEqual(before);
    expect(reportOf(jyj.id)).toEqual(jyj);
  });

  it('refuses a resubmission after its own deadline, writes nothing, and the light turns red', async () => {
    signInAs(testUser('jyj'));
    // A file attached while it still could be.
    expect(await run(uploadEvidenceAction, { reportId: ids.jyj, file: new File([PDF], '材料.pdf', { type: 'application/pdf' }) })).toMatchObject({ ok: true });
    const fileId = db.select().from(attachments).where(eq(attachments.ownerId, ids.jyj)).get()!.id;
    // Time passes: the deadline is a millisecond ago.
    const passed = new Date(Date.now() - 1);
    db.update(reports).set({ resubmitBy: passed }).where(eq(reports.id, ids.jyj)).run();
    const jyj = reportOf(ids.jyj);
    const before = fingerprint();
    const refused = { ok: false, message: 'v.resubmitClosed' };
    expect(await run(saveReportAction, { id: jyj.id, version: jyj.version, intent: 'submit', percent: '90', state: 'on_track', workDone: '逾期重报' })).toMatchObject(refused);
    expect(await run(saveReportAction, { id: jyj.id, version: jyj.version, intent: 'draft', workDone: '逾期修改' })).toMatchObject(refused);
    expect(await run(uploadEvidenceAction, { reportId: jyj.id, file: new File([PDF], 'y.pdf', { type: 'application/pdf' }) })).toMatchObject(refused);
    expect(await run(removeEvidenceAction, { id: fileId })).toMatchObject(refused);
    expect(fingerprint()).toEqual(before);
    expect(reportOf(jyj.id)).toEqual(jyj);
    expect(db.select().from(attachments).where(eq(attachments.id, fileId)).get()!.detachedAt).toBeNull();

    const light = assignmentLightDetail(jyj.assignmentId, null, new Date(), db);
    expect(light.light).toBe('red');
    expect(light.reasons[0]).toMatchObject({ kind: 'resubmitOverdue', roundId, resubmitBy: passed });
  });
});
