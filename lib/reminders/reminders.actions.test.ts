import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, auditLog, measures, notices, reports, rounds, units } from '@/db/schema';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { closeRoundAction, createRoundAction } from '@/lib/rounds/actions';
import { chasingList, roundReminderHistory } from '@/lib/rounds/queries';
import { runReminderJob } from './job';
import { sendRemindersAction } from './actions';

const DAY = 24 * 3600 * 1000;
let roundId: number;
const unitId = (code: string) => db.select({ id: units.id }).from(units).where(eq(units.code, code)).get()!.id;
const reminderCount = () => db.select({ n: count() }).from(notices).where(and(eq(notices.roundId, roundId), eq(notices.kind, 'reminder'))).get()!.n;
const sendAudits = () => db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'reminder.send'), eq(auditLog.result, 'success'))).get()!.n;

/** Gives each of the unit's assignments in the round a report in the given state. */
function reportAll(code: string, values: Partial<typeof reports.$inferInsert>) {
  const id = unitId(code);
  const rows = db.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.unitId, id), eq(assignments.status, 'active'))).all();
  expect(rows.length, code).toBeGreaterThan(0);
  for (const a of rows) {
    db.insert(reports)
      .values({ roundId, assignmentId: a.id, unitId: id, status: 'approved', submissions: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date(), ...values })
      .onConflictDoUpdate({ target: [reports.roundId, reports.assignmentId], set: { status: 'approved', ...values } })
      .run();
  }
}

beforeAll(async () => {
  signInAs(testUser('office'));
  const planId = db.select({ id: measures.planId }).from(measures).get()!.id;
  expect(await run(createRoundAction, { planId, name: '2018年第三季度', periodStart: '2018-07-01', periodEnd: '2018-09-30', deadlineDay: '2099-10-08' })).toMatchObject({ ok: true });
  roundId = db.select({ id: rounds.id }).from(rounds).get()!.id;
});

describe('催办 in an open round', () => {
  it('reminds the units that owe, records who sent what, and refuses units that owe nothing', async () => {
    reportAll('fgw', {}); // fgw reported everything
    signInAs(testUser('office'));
    const before = reminderCount();
    const owedNothing = await run(sendRemindersAction, { roundId, unitIds: [unitId('fgw')] });
    expect(owedNothing).toMatchObject({ ok: false, fieldErrors: { unitIds: 'v.nothingOwed' } });
    expect(reminderCount()).toBe(before);

    expect(chasingList({ id: roundId, status: 'open' }).map((u) => u.unitCode)).toContain('jyj');
    const sent = await run(sendRemindersAction, { roundId, unitIds: [unitId('jyj'), unitId('fgw')], message: '请于本周内报送。' });
    expect(sent).toMatchObject({ ok: true, message: 'v.remindersSkipped' });
    expect(reminderCount()).toBe(before + 1);
    const history = roundReminderHistory(roundId);
    expect(history[0]).toMatchObject({ unitName: '市教育局', kind: 'reminder', body: '请于本周内报送。', senderName: '法制办工作人员' });
  });

  it('lists the automatic reminders too, sent by no one (the system)', () => {
    // Two days before the deadline the job sends its "3 days before" reminder to every unit owing.
    const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get()!;
    expect(runReminderJob(db, new Date(round.deadline.getTime() - 2.5 * DAY)).sent).toBeGreaterThan(0);
    const auto = roundReminderHistory(roundId).filter((h) => h.kind === 'reminder_auto');
    expect(auto.length).toBeGreaterThan(0);
    expect(auto.every((h) => h.senderId === null && h.senderName === null)).toBe(true);
    expect(auto.map((h) => h.unitName)).not.toContain('市发改委');
  });
});

describe('催办 in a closed round: only returned reports that can still be resubmitted', () => {
  it('chases a returned report with time left, and refuses the rest with nothing written', async () => {
    signInAs(testUser('office'));
    expect(await run(closeRoundAction, { id: roundId })).toMatchObject({ ok: true });
    const now = Date.now();
    reportAll('jyj', { status: 'returned', resubmitBy: new Date(now + 3 * DAY) }); // can still resubmit
    reportAll('gaj', { status: 'returned', resubmitBy: new Date(now - DAY) }); // its time ran out
    reportAll('cgw', { status: 'returned', resubmitBy: null }); // returned without a resubmission deadline
    // sfj never reported: in a closed round it cannot any more, so there is nothing to chase.
    const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get()!;
    const listed = chasingList(round);
    expect(listed.map((u) => u.unitCode)).toEqual(['jyj']);
    expect(listed[0]!.missing).toEqual([]);
    expect(listed[0]!.returned.length).toBeGreaterThan(0);
    expect(listed[0]!.contactPhone).toBeTruthy();

    const before = reminderCount();
    const audits = sendAudits();
    for (const code of ['gaj', 'cgw', 'sfj', 'fgw']) {
      const r = await run(sendRemindersAction, { roundId, unitIds: [unitId(code)] });
      expect(r, code).toMatchObject({ ok: false, fieldErrors: { unitIds: 'v.nothingOwedClosed' } });
    }
    expect(await run(sendRemindersAction, { roundId, unitIds: [unitId('gaj'), unitId('sfj')] })).toMatchObject({ ok: false });
    expect(reminderCount()).toBe(before);
    expect(sendAudits()).toBe(audits);

    const sent = await run(sendRemindersAction, { roundId, unitIds: [unitId('jyj'), unitId('gaj'), unitId('sfj')] });
    expect(sent).toMatchObject({ ok: true, message: 'v.remindersSkipped' });
    expect(reminderCount()).toBe(before + 1);
    const last = db.select().from(notices).where(and(eq(notices.roundId, roundId), eq(notices.kind, 'reminder'))).all().at(-1)!;
    expect(last.unitId).toBe(unitId('jyj'));
  });

  it('does not chase a returned report once its resubmission deadline has passed', async () => {
    signInAs(testUser('office'));
    reportAll('jyj', { status: 'returned', resubmitBy: new Date(Date.now() - 1000) });
    const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get()!;
    expect(chasingList(round)).toEqual([]);
    const before = reminderCount();
    expect(await run(sendRemindersAction, { roundId, unitIds: [unitId('jyj')] })).toMatchObject({ ok: false, fieldErrors: { unitIds: 'v.nothingOwedClosed' } });
    expect(reminderCount()).toBe(before);
  });
});
