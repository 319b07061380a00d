import { afterEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { assignments, auditLog, measures, plans, tasks, units, users } from '@/db/schema';
import { tempDatabase } from '@/lib/testing/temp-db';
import { verifyPassword } from '@/lib/auth/password';
import { seedDemo } from './demo';
import unitsFile from './units.json';
import planFile from './plan-2016-2020.json';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const TABLES = { units, users, plans, tasks, measures, assignments };

function counts(db: ReturnType<typeof tempDatabase>['db']) {
  return Object.fromEntries(Object.entries(TABLES).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()!.n]));
}

describe('demo seed', () => {
  it('loads the units, the plan with 7 tasks and 33 measures, their assignments and the demo accounts', async () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    await seedDemo(t.db, 'Demo@2018');
    const expectedAssignments = planFile.tasks.flatMap((task) => task.measures).reduce((n, m) => n + m.lead.length + m.cooperating.length, 0);
    expect(counts(t.db)).toEqual({
      units: unitsFile.units.length,
      users: unitsFile.units.length + 5,
      plans: 1,
      tasks: 7,
      measures: 33,
      assignments: expectedAssignments,
    });
    const fgw = t.db.select().from(users).where(eq(users.username, 'fgw')).get()!;
    expect(fgw.role).toBe('unit');
    expect(fgw.isDemo).toBe(true);
    expect(await verifyPassword(fgw.passwordHash, 'Demo@2018')).toBe(true);
    const plan = t.db.select().from(plans).get()!;
    expect(plan.isCurrent).toBe(true);
  });

  it('changes nothing when run twice', async () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    await seedDemo(t.db, 'Demo@2018');
    const first = counts(t.db);
    const hashes = t.db.select({ h: users.passwordHash }).from(users).all();
    const audits = t.db.select({ n: count() }).from(auditLog).get()!.n;
    const second = await seedDemo(t.db, 'Demo@2018');
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    expect(counts(t.db)).toEqual(first);
    expect(t.db.select({ h: users.passwordHash }).from(users).all()).toEqual(hashes);
    expect(t.db.select({ n: count() }).from(auditLog).get()!.n).toBe(audits);
  });
});
