import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, measures, plans, tasks, units } from '@/db/schema';
import { ActionError, ConflictError, ScopeError } from '@/lib/auth/action';
import { moveMeasureAction, moveTaskAction } from '@/lib/plans/actions';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { createUnitAction, updateUnitAction } from '@/lib/units/actions';
import { findOrThrow, nextSortOrder, updateVersioned, versionOf } from './crud';

let planId: number;
const now = () => new Date();
/** What `work` throws (each call below runs in its own transaction, rolled back by the throw). */
const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
};

beforeAll(() => {
  planId = db.select({ id: plans.id }).from(plans).where(eq(plans.isCurrent, true)).get()!.id;
});

describe('findOrThrow', () => {
  it('returns the row, and refuses a missing one, one outside `where`, or with the refusal asked for', () => {
    const task = db.select().from(tasks).where(eq(tasks.planId, planId)).get()!;
    expect(db.transaction((tx) => findOrThrow(tx, tasks, task.id))).toEqual(task);
    const missing = refusal(() => db.transaction((tx) => findOrThrow(tx, tasks, 987_654)));
    expect(missing).toBeInstanceOf(ActionError);
    expect((missing as ActionError).ref).toEqual({ key: 'notFound' });
    expect(refusal(() => db.transaction((tx) => findOrThrow(tx, tasks, task.id, { where: eq(tasks.planId, planId + 1) })))).toBeInstanceOf(ActionError);
    const scoped = refusal(() => db.transaction((tx) => findOrThrow(tx, tasks, task.id, { where: eq(tasks.planId, planId + 1), orElse: () => new ScopeError('task', task.id) })));
    expect(scoped).toBeInstanceOf(ScopeError);
  });
});

describe('updateVersioned', () => {
  it('saves over the version it was given and moves the version on', () => {
    const before = db.select().from(measures).where(eq(measures.planId, planId)).get()!;
    const at = new Date(before.updatedAt.getTime() + 60_000);
    const after = db.transaction((tx) => updateVersioned(tx, measures, before, { timeframe: '2019年底前' }, at));
    expect(after).toMatchObject({ id: before.id, version: before.version + 1, timeframe: '2019年底前', updatedAt: at });
  });

  it('refuses a stale version with a conflict and writes nothing', () => {
    const current = db.select().from(measures).where(eq(measures.planId, planId)).get()!;
    const stale = { id: current.id, version: current.version - 1 };
    const conflict = refusal(() => db.transaction((tx) => updateVersioned(tx, measures, stale, { timeframe: '被覆盖' }, now(), { conflictData: (m) => ({ version: m.version }) })));
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).current).toEqual({ version: current.version });
    expect(db.select().from(measures).where(eq(measures.id, current.id)).get()).toEqual(current);
  });

  it('says "not found", not "conflict", for a row that is gone', () => {
    const e = refusal(() => db.transaction((tx) => updateVersioned(tx, measures, { id: 987_654, version: 1 }, { timeframe: 'x' }, now())));
    expect(e).toBeInstanceOf(ActionError);
    expect(e).not.toBeInstanceOf(ConflictError);
  });

  it('uses updatedAt as the token of a table without a version, and moves it on even within the same millisecond', () => {
    const unit = db.select().from(units).where(eq(units.code, 'fgw')).get()!;
    const token = versionOf(unit);
    expect(token).toBe(unit.updatedAt.getTime());
    const after = db.transaction((tx) => updateVersioned(tx, units, { id: unit.id, version: token }, { fullName: unit.fullName }, unit.updatedAt));
    expect(versionOf(after)).toBeGreaterThan(token);
    expect(refusal(() => db.transaction((tx) => updateVersioned(tx, units, { id: unit.id, version: token }, { fullName: '旧表单' }, now())))).toBeInstanceOf(ConflictError);
    expect(db.select().from(units).where(eq(units.id, unit.id)).get()!.fullName).toBe(unit.fullName);
  });
});

describe('nextSortOrder', () => {
  it('places a new row after the others it is ordered among, or first', () => {
    const last = db.select({ s: tasks.sortOrder }).from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.sortOrder)).all().at(-1)!.s;
    expect(db.transaction((tx) => nextSortOrder(tx, tasks.sortOrder, eq(tasks.planId, planId)))).toBe(last + 1);
    expect(db.transaction((tx) => nextSortOrder(tx, tasks.sortOrder, eq(tasks.planId, 987_654)))).toBe(1);
  });
});

describe('moving in order (tasks and measures share moveInOrder)', () => {
  const taskOrder = () => db.select({ id: tasks.id }).from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.sortOrder), asc(tasks.id)).all().map((t) => t.id);
  const moves = () => db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'task.move')).all().length;

  it('moves a task up and down one place', async () => {
    signInAs(testUser('office'));
    const [a, b, c] = taskOrder();
    expect(await run(moveTaskAction, { id: b, direction: 'up' })).toMatchObject({ ok: true });
    expect(taskOrder().slice(0, 3)).toEqual([b, a, c]);
    expect(await run(moveTaskAction, { id: b, direction: 'down' })).toMatchObject({ ok: true });
    expect(taskOrder().slice(0, 3)).toEqual([a, b, c]);
  });

  it('leaves the first task first and the last last, writing and auditing nothing', async () => {
    signInAs(testUser('office'));
    const order = taskOrder();
    const audited = moves();
    await run(moveTaskAction, { id: order[0]!, direction: 'up' });
    await run(moveTaskAction, { id: order.at(-1)!, direction: 'down' });
    expect(taskOrder()).toEqual(order);
    expect(moves()).toBe(audited);
  });

  it('moves a measure only among the current measures of its task', async () => {
    signInAs(testUser('office'));
    const task = db.select({ id: tasks.id }).from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.sortOrder)).get()!;
    const measureOrder = () =>
      db
        .select({ id: measures.id })
        .from(measures)
        .where(and(eq(measures.taskId, task.id), isNull(measures.archivedAt)))
        .orderBy(asc(measures.sortOrder), asc(measures.id))
        .all()
        .map((m) => m.id);
    const order = measureOrder();
    expect(order.length).toBeGreaterThan(2);
    await run(moveMeasureAction, { id: order.at(-1)!, direction: 'up' });
    expect(measureOrder()).toEqual([...order.slice(0, -2), order.at(-1), order.at(-2)]);
    await run(moveMeasureAction, { id: order.at(-1)!, direction: 'down' });
    await run(moveMeasureAction, { id: order[0]!, direction: 'up' });
    expect(measureOrder()).toEqual(order);
  });
});

describe('units', () => {
  const form = (unit: typeof units.$inferSelect, changes: Record<string, string>) => ({
    id: unit.id,
    version: String(unit.updatedAt.getTime()),
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    kind: unit.kind,
    group: unit.group,
    ...(unit.enforcement ? { enforcement: 'on' } : {}),
    ...(unit.active ? { active: 'on' } : {}),
    ...changes,
  });

  it('two admins edit one unit: the second, whose form predates the first save, is told and overwrites nothing', async () => {
    signInAs(testUser('admin'));
    const loaded = db.select().from(units).where(eq(units.code, 'jyj')).get()!;
    const first = await run(updateUnitAction, form(loaded, { fullName: '天门市教育局（第一位管理员）' }));
    expect(first).toMatchObject({ ok: true });
    const second = await run(updateUnitAction, form(loaded, { fullName: '天门市教育局（第二位管理员）' }));
    expect(second).toMatchObject({ ok: false, conflict: true, message: 'v.conflict' });
    expect(db.select().from(units).where(eq(units.id, loaded.id)).get()!.fullName).toBe('天门市教育局（第一位管理员）');

    // Reloaded, the second admin's form carries the new version and saves.
    const reloaded = db.select().from(units).where(eq(units.id, loaded.id)).get()!;
    expect(await run(updateUnitAction, form(reloaded, { fullName: '天门市教育局' }))).toMatchObject({ ok: true });
    expect(db.select().from(units).where(eq(units.id, loaded.id)).get()!.fullName).toBe('天门市教育局');
  });

  it('refuses a code and a name both taken, each on its own field', async () => {
    signInAs(testUser('admin'));
    const fgw = db.select().from(units).where(eq(units.code, 'fgw')).get()!;
    const result = await run(createUnitAction, { code: fgw.code, name: fgw.name, fullName: '重复的单位', kind: fgw.kind, group: fgw.group });
    expect(result).toMatchObject({ ok: false, message: 'v.fixErrors', fieldErrors: { code: 'v.unitCodeTaken', name: 'v.unitNameTaken' } });
    const nameOnly = await run(createUnitAction, { code: 'new-unit', name: fgw.name, fullName: '重复的单位', kind: fgw.kind, group: fgw.group });
    expect(nameOnly.fieldErrors).toEqual({ name: 'v.unitNameTaken' });
  });
});
