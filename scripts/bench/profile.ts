// Times every SQL statement the measured pages run, against a bench database, and prints the query
// plan of the slow ones. For finding what to index; it only reads (the dashboard's temp table aside).
//   npx tsx --conditions=react-server scripts/bench/profile.ts [bench-data/bench-province.db] [--threshold 10]
import Database from 'better-sqlite3';
import { eq, inArray } from 'drizzle-orm';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { summarize } from './stats';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { threshold: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' } } });
process.env.DATABASE_URL = resolve(positionals[0] ?? 'bench-data/bench-province.db');
const THRESHOLD_MS = Number(values.threshold);
const RUNS = Number(values.runs);

interface Seen {
  sql: string;
  params: unknown[];
  times: number[];
  page: string;
}
const seen = new Map<string, Seen>();
let currentPage = '';

/** Wraps the statement methods drizzle calls (all, get, run) to time each call by its SQL text. */
function instrument(): void {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>;
  probe.close();
  for (const method of ['all', 'get', 'run'] as const) {
    const original = proto[method]!;
    proto[method] = function (this: { source: string }, ...params: unknown[]) {
      const t = performance.now();
      try {
        return original.apply(this, params);
      } finally {
        const ms = performance.now() - t;
        const key = `${currentPage}\u0000${this.source}`;
        const entry = seen.get(key) ?? { sql: this.source, params, times: [], page: currentPage };
        entry.times.push(ms);
        seen.set(key, entry);
      }
    };
  }
}

async function main(): Promise<void> {
  instrument();
  // Imported after instrumenting and after DATABASE_URL is set: the app's modules open the one connection lazily.
  const { db, rawSqlite } = await import('@/db/client');
  const { assignments, units, plans, assessments } = await import('@/db/schema');
  const { getCurrentPlan, getPlanTree, getMeasureByCode, measureUnitsPage } = await import('@/lib/plans/queries');
  const { listUnitAssignments } = await import('@/lib/units/queries');
  const { assignmentLights, measureLights } = await import('@/lib/reports/lights');
  const reports = await import('@/lib/reports/queries');
  const { listRounds } = await import('@/lib/rounds/queries');
  const { listTasksOfPlan } = await import('@/lib/plans/editor-queries');
  const dash = await import('@/lib/dashboards/queries');
  const { getResults } = await import('@/lib/assessments/queries');
  const { listAuditRecords } = await import('@/lib/audit/queries');
  const { listUnitOptions } = await import('@/lib/users/queries');
  const { unreadNoticeCount } = await import('@/lib/notices/queries');
  const { getSettings } = await import('@/lib/settings/queries');

  const plan = getCurrentPlan() ?? db.select().from(plans).get()!;
  const unit = rawSqlite()
    .prepare(`select u.id as id, u.code as code from assignments a join units u on u.id = a.unit_id where u.kind <> 'office' group by a.unit_id order by sum(a.role = 'lead') desc, count(*) desc, a.unit_id limit 1`)
    .get() as { id: number; code: string };
  const unitUser = { role: 'unit' as const, unitId: unit.id };
  const now = new Date();
  const measure = getMeasureByCode(plan.id, '1.1')!.measure;
  const years = db.select().from(assessments).all();
  const published = years.filter((a) => a.stage === 'published').at(-1);
  const scoring = years.find((a) => a.stage === 'scoring');

  const pages: Record<string, () => void> = {
    'every page (layout)': () => {
      getSettings(db);
      db.select().from(units).where(eq(units.id, unit.id)).get();
      unreadNoticeCount(unitUser);
    },
    [`/units/${unit.code}`]: () => {
      listUnitAssignments(unitUser, unit.id, plan.id);
      assignmentLights(db, plan.id, now, eq(assignments.unitId, unit.id));
      reports.unitOpenWork(unit.id);
      reports.unitReturnedReports(unit.id);
      reports.cooperatingReports(unit.id);
    },
    '/plan': () => {
      getPlanTree(plan.id);
      measureLights(db, plan.id, now);
    },
    '/measures/1.1': () => {
      getMeasureByCode(plan.id, '1.1');
      const page = measureUnitsPage(measure.id, { page: 1, pageSize: 50 });
      assignmentLights(db, plan.id, now, inArray(assignments.id, page.rows.map((u) => u.assignmentId)));
    },
    '/review': () => {
      reports.reviewQueue(plan.id, { page: 1 });
      listRounds(plan.id);
      listTasksOfPlan(plan.id);
    },
    '/dashboard': () => {
      const ys = dash.dashboardYears(plan.id, plan.startYear, plan.endYear);
      const year = ys.filter((y) => dash.roundsInYear(plan.id, y).length > 0).at(-1)!;
      dash.getDashboard({ planId: plan.id, year, heatPage: 1 }, now);
      dash.onTimeTrend(plan.id, year);
    },
    ...(published ? { [`/assessments/${published.year}/results`]: () => void getResults(published) } : {}),
    ...(scoring ? { [`/assessments/${scoring.year}/results (scoring, live)`]: () => void getResults(scoring) } : {}),
    '/audit': () => {
      listUnitOptions();
      listAuditRecords({}, 1);
    },
  };

  for (const [page, run] of Object.entries(pages)) {
    currentPage = page;
    const runs = page.includes('scoring') ? 1 : RUNS;
    const t = performance.now();
    for (let i = 0; i < runs; i++) run();
    console.log(`\n## ${page}: ${((performance.now() - t) / runs).toFixed(1)} ms per view (${runs} runs)`);
    const mine = [...seen.values()].filter((s) => s.page === page);
    // Group statements that run many times per view (per-unit queries) under one SQL text.
    for (const s of mine.sort((a, b) => b.times.reduce((x, y) => x + y, 0) - a.times.reduce((x, y) => x + y, 0))) {
      const sum = summarize(s.times);
      const perView = s.times.reduce((x, y) => x + y, 0) / runs;
      console.log(`- ${perView.toFixed(1)} ms/view, ${(s.times.length / runs).toFixed(0)} call(s)/view, median ${sum.p50?.toFixed(2)} ms: ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      if (perView >= THRESHOLD_MS && /^\s*(select|with)/i.test(s.sql) && !s.sql.includes('temp.dash_lights')) {
        const plan = rawSqlite()
          .prepare(`explain query plan ${s.sql}`)
          .all(...(s.params as never[])) as { id: number; parent: number; detail: string }[];
        console.log('  ```');
        console.log(`  ${s.sql.replace(/\s+/g, ' ')}`);
        console.log('  QUERY PLAN');
        const depth = new Map<number, number>();
        for (const p of plan) {
          const d = (depth.get(p.parent) ?? -1) + 1;
          depth.set(p.id, d);
          console.log(`  ${'  '.repeat(d)}|--${p.detail}`);
        }
        console.log('  ```');
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
