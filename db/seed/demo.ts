import { eq } from 'drizzle-orm';
import type { DB } from '../client';
import { assignments, measures, plans, rubrics, tasks, units, users } from '../schema';
import { hashPassword } from '../../lib/auth/password';
import { writeAudit } from '../../lib/audit/log';
import type { Role } from '../../lib/auth/roles';
import unitsFile from './units.json';
import { demoContact } from './contacts';
import planFile from './plan-2016-2020.json';
import rubricFile from './rubric-2018.json';
import { rubricSchema } from '../../lib/scoring/rubric';

export const DEFAULT_DEMO_PASSWORD = 'Demo@2018';

/** The demo's named accounts, each in the unit whose work it does. */
export const DEMO_STAFF: { username: string; role: Role; unitCode: string; displayName: string }[] = [
  { username: 'admin', role: 'admin', unitCode: 'fzb', displayName: '系统管理员' },
  { username: 'office', role: 'office', unitCode: 'fzb', displayName: '法制办工作人员' },
  { username: 'leader', role: 'leader', unitCode: 'zfb', displayName: '市领导' },
  { username: 'assessor', role: 'assessor', unitCode: 'fzb', displayName: '考核组成员' },
  { username: 'auditor', role: 'auditor', unitCode: 'fzb', displayName: '审计管理员' },
];

export interface SeedCounts {
  units: number;
  plans: number;
  tasks: number;
  measures: number;
  assignments: number;
  users: number;
  rubrics: number;
}

/**
 * Loads the demo: units, the 2016-2020 plan with its tasks, measures and assignments, the 2018
 * assessment rubric, and the demo accounts. Only what is missing is inserted, so seeding twice changes nothing.
 */
export async function seedDemo(db: DB, password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD): Promise<SeedCounts> {
  const created: SeedCounts = { units: 0, plans: 0, tasks: 0, measures: 0, assignments: 0, users: 0, rubrics: 0 };
  // Parsed before anything is written: a broken rubric file fails the seed, not the assessment later.
  const rubric = rubricSchema.parse(rubricFile);

  const wantedUsers = [
    ...DEMO_STAFF,
    ...unitsFile.units.map((u) => ({ username: u.code, role: 'unit' as Role, unitCode: u.code, displayName: `${u.name}填报员` })),
  ];
  const existingNames = new Set(db.select({ username: users.username }).from(users).all().map((r) => r.username));
  const missingUsers = wantedUsers.filter((u) => !existingNames.has(u.username));
  // Hash outside the transaction (argon2 is async); each account gets its own salt.
  const hashes = await Promise.all(missingUsers.map(() => hashPassword(password)));

  db.transaction((tx) => {
    unitsFile.units.forEach((u, i) => {
      const r = tx
        .insert(units)
        .values({ code: u.code, name: u.name, fullName: u.fullName, kind: u.kind as never, group: u.group as never, enforcement: u.enforcement, sortOrder: i + 1, ...demoContact(i) })
        .onConflictDoNothing()
        .run();
      created.units += r.changes;
    });
    const unitByName = new Map(tx.select().from(units).all().map((u) => [u.name, u]));
    const unitByCode = new Map([...unitByName.values()].map((u) => [u.code, u]));

    const p = planFile.plan;
    // The plan's contents are loaded with the plan, once: what the office edits later is never re-seeded.
    const existingPlan = tx.select({ id: plans.id }).from(plans).where(eq(plans.title, p.title)).get();
    if (!existingPlan) {
      const hasCurrent = tx.select({ id: plans.id }).from(plans).where(eq(plans.isCurrent, true)).get();
      const plan = tx
        .insert(plans)
        .values({ title: p.title, titleEn: p.titleEn, startYear: p.startYear, endYear: p.endYear, status: 'active', isCurrent: !hasCurrent, issuedBy: p.issuedBy })
        .returning()
        .get();
      created.plans++;
      let measureOrder = 0;
      for (const t of planFile.tasks) {
        const task = tx.insert(tasks).values({ planId: plan.id, no: t.no, title: t.title, titleEn: t.titleEn, sortOrder: t.no }).returning().get();
        created.tasks++;
        for (const m of t.measures) {
          const measure = tx
            .insert(measures)
            .values({ planId: plan.id, taskId: task.id, code: m.code, title: m.title, timeframe: m.timeframe, sortOrder: ++measureOrder })
            .returning()
            .get();
          created.measures++;
          const roles: [string[], 'lead' | 'cooperating'][] = [
            [m.lead, 'lead'],
            [m.cooperating, 'cooperating'],
          ];
          for (const [names, role] of roles) {
            for (const name of names) {
              const unit = unitByName.get(name);
              if (!unit) throw new Error(`seed: unknown unit ${name} on measure ${m.code}`);
              tx.insert(assignments).values({ measureId: measure.id, unitId: unit.id, role }).run();
              created.assignments++;
            }
          }
        }
      }
    }

    // Like the plan, the rubric is loaded once: the office's later edits are never overwritten.
    created.rubrics += tx.insert(rubrics).values({ year: rubric.year, content: rubric }).onConflictDoNothing().run().changes;

    const now = new Date();
    missingUsers.forEach((u, i) => {
      const unit = unitByCode.get(u.unitCode);
      if (!unit) throw new Error(`seed: unknown unit ${u.unitCode}`);
      tx.insert(users)
        .values({
          username: u.username,
          displayName: u.displayName,
          unitId: unit.id,
          role: u.role,
          passwordHash: hashes[i]!,
          isDemo: true,
          mustChangePassword: false,
          passwordChangedAt: now,
        })
        .run();
      created.users++;
    });

    if (Object.values(created).some((n) => n > 0)) {
      writeAudit(tx, { userId: null, username: 'system', unitId: null, role: null, ip: null }, { action: 'seed.demo', after: created });
    }
  });
  return created;
}
