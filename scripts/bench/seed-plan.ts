import planFile from '@/db/seed/plan-2016-2020.json';
import type { Role } from '@/lib/auth/roles';
import { generateUnits } from './names';
import { DAY_MS, type SeedAssignment, type SeedContext, type SeedMeasure, type SeedUnit, type Staff } from './seed-context';

/** Accounts beside the units' reporting officers: the named roles, in the office's unit (leader: the government office). */
const STAFF: { username: keyof Staff; role: Role; unitIndex: number; displayName: string }[] = [
  { username: 'admin', role: 'admin', unitIndex: 0, displayName: '系统管理员' },
  { username: 'office', role: 'office', unitIndex: 0, displayName: '法制办工作人员' },
  { username: 'leader', role: 'leader', unitIndex: 1, displayName: '省领导' },
  { username: 'assessor', role: 'assessor', unitIndex: 0, displayName: '考核组成员' },
  { username: 'auditor', role: 'auditor', unitIndex: 0, displayName: '审计管理员' },
];

/** When the plan's units and assignments were entered: before the first round of its first year. */
function planCreatedAt(ctx: SeedContext): number {
  return Date.UTC(ctx.scale.years[0]! - 1, 11, 1, 1);
}

/** Units, then one reporting officer per unit and the staff accounts, all with the one bench password. */
export function insertUnitsAndUsers(ctx: SeedContext): void {
  const created = planCreatedAt(ctx) - 30 * DAY_MS;
  const generated = generateUnits(ctx.rng, ctx.scale.units, ctx.scale.townshipShare);
  const insertUnit = ctx.sqlite.prepare(
    `insert into units (id, code, name, full_name, kind, "group", enforcement, active, sort_order, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insertUser = ctx.sqlite.prepare(
    `insert into users (id, username, display_name, unit_id, role, password_hash, active, is_demo, must_change_password,
       password_changed_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, 1, 1, 0, ?, ?, ?)`,
  );
  const staff = {} as Staff;
  ctx.sqlite.transaction(() => {
    generated.forEach((u, i) => insertUnit.run(i + 1, u.code, u.name, u.fullName, u.kind, u.group, u.enforcement ? 1 : 0, i + 1, created, created));
    STAFF.forEach((s, i) => {
      insertUser.run(i + 1, s.username, s.displayName, s.unitIndex + 1, s.role, ctx.passwordHash, ctx.now, created, created);
      staff[s.username] = i + 1;
    });
    generated.forEach((u, i) => {
      const userId = STAFF.length + i + 1;
      insertUser.run(userId, u.code, `${u.name}填报员`, i + 1, 'unit', ctx.passwordHash, ctx.now, created, created);
    });
  })();
  ctx.staff = staff;
  ctx.units = generated.map<SeedUnit>((u, i) => ({ ...u, id: i + 1, userId: STAFF.length + i + 1, laggard: i > 1 && ctx.rng.chance(0.05) }));
}

/** The 2016-2020 plan (7 tasks, 33 measures) from db/seed, as the current plan. */
export function insertPlan(ctx: SeedContext): void {
  const created = planCreatedAt(ctx);
  const p = planFile.plan;
  const measures: SeedMeasure[] = [];
  ctx.sqlite.transaction(() => {
    ctx.sqlite
      .prepare(`insert into plans (id, title, title_en, start_year, end_year, status, is_current, issued_by, created_at, updated_at) values (1, ?, ?, ?, ?, 'active', 1, ?, ?, ?)`)
      .run(p.title, p.titleEn, p.startYear, p.endYear, p.issuedBy, created, created);
    const insertTask = ctx.sqlite.prepare(`insert into tasks (id, plan_id, no, title, title_en, sort_order, created_at, updated_at) values (?, 1, ?, ?, ?, ?, ?, ?)`);
    const insertMeasure = ctx.sqlite.prepare(
      `insert into measures (id, plan_id, task_id, code, title, timeframe, sort_order, version, created_at, updated_at) values (?, 1, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    planFile.tasks.forEach((t, ti) => {
      insertTask.run(ti + 1, t.no, t.title, t.titleEn, t.no, created, created);
      for (const m of t.measures) {
        const id = measures.length + 1;
        insertMeasure.run(id, ti + 1, m.code, m.title, m.timeframe, id, created, created);
        measures.push({ id, code: m.code, title: m.title, taskId: ti + 1 });
      }
    });
  })();
  ctx.planId = 1;
  ctx.measures = measures;
}

/**
 * Assignments: every measure gets 1-3 lead units from the city departments, and every unit
 * cooperates on a few more measures (about ten per unit at province scale).
 */
export function insertAssignments(ctx: SeedContext): void {
  const { rng, scale } = ctx;
  const created = planCreatedAt(ctx);
  const departments = ctx.units.filter((u) => u.group === 'city' && u.kind !== 'office');
  const held = new Map<number, Set<number>>(ctx.units.map((u) => [u.id, new Set<number>()]));
  const list: Omit<SeedAssignment, 'id'>[] = [];
  const add = (measureId: number, unit: SeedUnit, role: SeedAssignment['role']) => {
    held.get(unit.id)!.add(measureId);
    list.push({ measureId, unitId: unit.id, role, pace: unit.laggard ? rng.int(-30, -10) : rng.int(-12, 10) });
  };
  for (const m of ctx.measures) {
    for (const unit of rng.sample(departments, rng.int(...scale.leadsPerMeasure))) add(m.id, unit, 'lead');
  }
  for (const unit of ctx.units) {
    const free = ctx.measures.filter((m) => !held.get(unit.id)!.has(m.id));
    for (const m of rng.sample(free, Math.min(free.length, rng.int(...scale.cooperatingPerUnit)))) add(m.id, unit, 'cooperating');
  }
  // In measure order, lead first: the order the office would have entered the assignment table.
  list.sort((a, b) => a.measureId - b.measureId || (a.role === b.role ? a.unitId - b.unitId : a.role === 'lead' ? -1 : 1));
  const title = new Map(ctx.measures.map((m) => [m.id, m.title]));
  const insert = ctx.sqlite.prepare(
    `insert into assignments (id, measure_id, unit_id, role, target, due_date, status, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, null, 'active', 1, ?, ?)`,
  );
  ctx.sqlite.transaction(() => {
    list.forEach((a, i) => {
      const target = rng.chance(0.6) ? `按期完成“${title.get(a.measureId)}”年度任务，形成工作总结并报送法制办。` : null;
      insert.run(i + 1, a.measureId, a.unitId, a.role, target, created, created);
    });
  })();
  ctx.assignments = list.map((a, i) => ({ ...a, id: i + 1 }));
}
