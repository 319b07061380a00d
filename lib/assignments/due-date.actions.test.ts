import { describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, measures, tasks, units } from '@/db/schema';
import { dayInShanghai } from '@/lib/i18n/format';
import { createMeasureAction, updateMeasureAction } from '@/lib/plans/actions';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { assignUnitsAction, updateAssignmentAction } from './actions';

const today = () => dayInShanghai(new Date());
const yesterday = () => dayInShanghai(new Date(Date.now() - 86_400_000));
const nextYear = () => `${Number(today().slice(0, 4)) + 1}-06-30`;

describe('a due date already past is refused where it is set', () => {
  it('assigning units with a past due date is refused on the field, and nothing is assigned', async () => {
    signInAs(testUser('office'));
    const measure = db.select().from(measures).where(isNull(measures.archivedAt)).get()!;
    const unit = db.select().from(units).where(eq(units.code, 'yuekou')).get()!;
    const count = () => db.select().from(assignments).where(and(eq(assignments.measureId, measure.id), eq(assignments.unitId, unit.id))).all().length;
    const before = count();
    const r = await run(assignUnitsAction, { measureId: measure.id, unitIds: [unit.id], role: 'cooperating', target: '', dueDate: yesterday() });
    expect(r).toMatchObject({ ok: false, fieldErrors: { dueDate: 'v.dueDatePast' } });
    expect(count()).toBe(before);
    expect(await run(assignUnitsAction, { measureId: measure.id, unitIds: [unit.id], role: 'cooperating', target: '', dueDate: today() })).toMatchObject({ ok: true });
  });

  it('changing an assignment to a past due date is refused; an unchanged past date does not block other edits', async () => {
    signInAs(testUser('office'));
    const a = db.select().from(assignments).where(eq(assignments.status, 'active')).get()!;
    const refused = await run(updateAssignmentAction, { id: a.id, version: a.version, role: a.role, target: 'x', dueDate: yesterday() });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { dueDate: 'v.dueDatePast' } });
    // An old record whose date has passed (as the demo's 2018 ones have) keeps it while its target changes.
    db.update(assignments).set({ dueDate: '2018-12-31' }).where(eq(assignments.id, a.id)).run();
    const kept = await run(updateAssignmentAction, { id: a.id, version: a.version, role: a.role, target: '新目标', dueDate: '2018-12-31' });
    expect(kept).toMatchObject({ ok: true });
    expect(db.select().from(assignments).where(eq(assignments.id, a.id)).get()).toMatchObject({ target: '新目标', dueDate: '2018-12-31' });
  });

  it('a measure takes no past due date, new or changed', async () => {
    signInAs(testUser('office'));
    const task = db.select().from(tasks).get()!;
    const created = await run(createMeasureAction, { taskId: task.id, code: '99.1', title: '过期的措施', description: '', timeframe: '', dueDate: yesterday() });
    expect(created).toMatchObject({ ok: false, fieldErrors: { dueDate: 'v.dueDatePast' } });
    expect(await run(createMeasureAction, { taskId: task.id, code: '99.1', title: '按期的措施', description: '', timeframe: '', dueDate: nextYear() })).toMatchObject({ ok: true });
    const m = db.select().from(measures).where(eq(measures.code, '99.1')).get()!;
    const moved = await run(updateMeasureAction, { id: m.id, version: m.version, taskId: task.id, code: '99.1', title: m.title, description: '', timeframe: '', dueDate: '2018-06-30' });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { dueDate: 'v.dueDatePast' } });
  });
});
