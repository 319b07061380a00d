import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, replaceConnection } from './client';
import { runMigrations } from './migrate';
import { seedDemo } from './seed/demo';
import { seedHistory } from './seed/history';
import { assignments } from './schema';

/** Tables that grow with the province (thousands of units, hundreds of thousands of reports). */
const LARGE = [
  'assignments',
  'reports',
  'report_versions',
  'report_reviews',
  'audit_log',
  'notices',
  'attachments',
  'users',
  'user_sessions',
  'assessment_units',
  'self_assessments',
  'extension_requests',
  'normative_documents',
  'cleanup_items',
  'legal_work',
  'major_decisions',
  'reconsideration_cases',
  'litigation_cases',
  'register_versions',
];

const dir = mkdtempSync(join(tmpdir(), 'fzzf-plans-'));
const seen: { sql: string; params: unknown[] }[] = [];
const conn = openDatabase(join(dir, 'plans.db'), (sql, params) => seen.push({ sql, params }));

beforeAll(async () => {
  runMigrations(conn.db);
  await seedDemo(conn.db, 'Demo@2018');
  seedHistory(conn.db);
  replaceConnection(conn);
});
afterAll(() => {
  conn.sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

const value = (p: unknown) => (p instanceof Date ? p.getTime() : typeof p === 'boolean' ? Number(p) : p);

/** Runs `work`, then asks SQLite how it executes each statement `work` issued. */
async function plansOf(work: () => unknown | Promise<unknown>) {
  seen.length = 0;
  await work();
  return seen
    .filter((s) => !/^\s*(create|drop|insert|update|delete|begin|commit|savepoint|release)/i.test(s.sql) && !s.sql.includes('temp.dash_lights'))
    .map((s) => ({ sql: s.sql, plan: (conn.sqlite.prepare(`explain query plan ${s.sql}`).all(...s.params.map(value)) as { detail: string }[]).map((r) => r.detail) }));
}

function fullScans(plan: string[]): string[] {
  return plan.filter((d) => LARGE.some((t) => new RegExp(`^SCAN ${t}(?! USING)( |$)`).test(d)));
}

describe('query plans of the hot pages: no full scan of a large table', () => {
  it('unit home, plan, measure page, review queue, dashboard, audit log, notices, assessment results', async () => {
    const { getCurrentPlan, getPlanTree, getMeasureByCode, measureUnitsPage } = await import('@/lib/plans/queries');
    const { measureLights, assignmentLights } = await import('@/lib/reports/lights');
    const { reviewQueue, unitOpenWork, cooperatingReports, unitReturnedReports, assignmentTimeline } = await import('@/lib/reports/queries');
    const { listUnitAssignments, getUnitByCode } = await import('@/lib/units/queries');
    const { getDashboard, onTimeTrend, drillAssignments } = await import('@/lib/dashboards/queries');
    const { listAuditRecords } = await import('@/lib/audit/queries');
    const { auditObjectViews, NAMED_OBJECT_TYPES } = await import('@/lib/audit/objects');
    const { listNotices, unreadNoticeCount } = await import('@/lib/notices/queries');
    const { listRoundsWithProgress, chasingList, roundReminderHistory } = await import('@/lib/rounds/queries');
    const plan = getCurrentPlan()!;
    const fgw = getUnitByCode('fgw')!;
    const unitUser = { role: 'unit' as const, unitId: fgw.id };
    const round = listRoundsWithProgress(plan.id)[0]!.round;
    const now = new Date();
    const pages: Record<string, () => unknown> = {
      unitHome: () => {
        listUnitAssignments(unitUser, fgw.id, plan.id);
        assignmentLights(conn.db, plan.id, now, eq(assignments.unitId, fgw.id));
        unitOpenWork(fgw.id);
        unitReturnedReports(fgw.id);
        cooperatingReports(fgw.id);
        unreadNoticeCount(unitUser);
      },
      plan: () => {
        getPlanTree(plan.id);
        measureLights(conn.db, plan.id, now);
      },
      measure: () => {
        const m = getMeasureByCode(plan.id, '1.4')!;
        const page = measureUnitsPage(m.measure.id, { page: 1, pageSize: 20 });
        measureUnitsPage(m.measure.id, { page: 2, pageSize: 20 });
        measureUnitsPage(m.measure.id, { unit: '发改', page: 1, pageSize: 20 });
        assignmentLights(conn.db, plan.id, now, inArray(assignments.id, page.rows.map((u) => u.assignmentId)));
        assignmentTimeline(page.rows[0]!.assignmentId);
      },
      review: () => {
        reviewQueue(plan.id, { page: 1 });
        reviewQueue(plan.id, { round: round.id, status: 'approved', page: 2 });
      },
      rounds: () => {
        chasingList(round);
        chasingList({ ...round, status: 'closed' });
        roundReminderHistory(round.id);
      },
      dashboard: () => {
        getDashboard({ planId: plan.id, year: 2018, heatPage: 1 }, now);
        onTimeTrend(plan.id, 2018, 'city');
        drillAssignments(plan.id, { light: 'red', round: round.id, outcome: 'missing' }, 1, now);
      },
      audit: () => {
        listAuditRecords({}, 1);
        listAuditRecords({ result: 'denied', from: '2018-01-01' }, 1);
        // The page's objects by name: every kind at once.
        const t = Object.assign((key: string) => key, { has: () => true });
        auditObjectViews(NAMED_OBJECT_TYPES.map((objectType) => ({ objectType, objectId: '1' })), t, 'zh-CN');
      },
      notices: () => listNotices(unitUser, 1),
    };
    for (const [page, work] of Object.entries(pages)) {
      const plans = await plansOf(work);
      expect(plans.length, page).toBeGreaterThan(0);
      for (const p of plans) expect(fullScans(p.plan), `${page}: ${p.sql.slice(0, 160)}\n${p.plan.join('\n')}`).toEqual([]);
    }
  });
});

describe('query plans of the register pages: a year is a range of an index, never the whole table', () => {
  it('overview figures, a year’s list for the office and for a unit, a figure’s drill-down, an import’s comparison', async () => {
    const { seedRegisters } = await import('./seed/registers');
    seedRegisters(conn.db);
    const { REGISTERS, registerByName } = await import('@/lib/registers');
    const { registerFigures } = await import('@/lib/registers/core/figures');
    const { listRecords, parseRecordFilter } = await import('@/lib/registers/core/queries');
    const { getUnitByCode } = await import('@/lib/units/queries');
    const { bumpDataVersion } = await import('@/lib/cache/memo');
    const jyj = getUnitByCode('jyj')!;
    const office = { role: 'office' as const, unitId: getUnitByCode('fzb')!.id };
    const unit = { role: 'unit' as const, unitId: jyj.id };
    for (const register of REGISTERS) {
      bumpDataVersion();
      const plans = await plansOf(() => {
        registerFigures(register, 2018);
        listRecords(office, register, parseRecordFilter(register, { year: '2018' }));
        listRecords(unit, register, parseRecordFilter(register, { year: '2018', page: '2' }));
        listRecords(office, register, parseRecordFilter(register, { year: '2018', figure: register.figures[0]!.key }));
      });
      expect(plans.length, register.name).toBeGreaterThan(3);
      for (const p of plans) expect(fullScans(p.plan), `${register.name}: ${p.sql.slice(0, 160)}\n${p.plan.join('\n')}`).toEqual([]);
    }
    // The office's year list walks its index in order: no sort of the year's records.
    const lit = registerByName('litigation')!;
    const listPlans = await plansOf(() => listRecords(office, lit, parseRecordFilter(lit, { year: '2018' })));
    expect(listPlans.some((p) => p.plan.some((d) => d.includes('litigation_cases_list_idx'))), listPlans.map((p) => p.plan.join('\n')).join('\n---\n')).toBe(true);
    expect(listPlans.flatMap((p) => p.plan).filter((d) => d === 'USE TEMP B-TREE FOR ORDER BY')).toEqual([]);
  });
});
