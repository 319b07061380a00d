import { afterEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { assignments, auditLog, measures, plans, rubrics, tasks, units, users } from '@/db/schema';
import { rubricProblems, rubricSchema } from '@/lib/scoring/rubric';
import { tempDatabase } from '@/lib/testing/temp-db';
import { verifyPassword } from '@/lib/auth/password';
import { PHONE_PATTERN } from '@/lib/validation/fields';
import { demoContact } from './contacts';
import { seedDemo } from './demo';
import unitsFile from './units.json';
import planFile from './plan-2016-2020.json';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const TABLES = { units, users, plans, tasks, measures, assignments, rubrics };

function counts(db: ReturnType<typeof tempDatabase>['db']) {
  return Object.fromEntries(Object.entries(TABLES).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()!.n]));
}

describe('demo seed', () => {
  it('loads the units, the plan with 7 tasks and 33 measures, their assignments, the 2018 rubric and the demo accounts', async () => {
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
      rubrics: 1,
    });
    // The 2018 rubric is stored validated (the file's `about` stripped) and usable as it is.
    const rubric = rubricSchema.parse(t.db.select().from(rubrics).where(eq(rubrics.year, 2018)).get()!.content);
    expect(rubric.year).toBe(2018);
    expect(rubricProblems(rubric)).toEqual([]);
    expect(Object.keys(t.db.select().from(rubrics).get()!.content as object)).not.toContain('about');
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

  it('gives every demo unit a contact person and a phone the unit form accepts, the same on every run', () => {
    const contacts = unitsFile.units.map((_, i) => demoContact(i));
    expect(contacts).toEqual(unitsFile.units.map((_, i) => demoContact(i)));
    for (const c of contacts) {
      expect(c.contactName).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(c.contactPhone).toMatch(PHONE_PATTERN);
    }
    // Office lines mostly, a few mobiles; not all alike.
    expect(contacts.filter((c) => c.contactPhone.startsWith('0728-8')).length).toBeGreaterThan(contacts.length / 2);
    expect(new Set(contacts.map((c) => c.contactPhone)).size).toBe(contacts.length);
  });
});
