import 'server-only';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, rounds, tasks, units, type Round } from '@/db/schema';
import { REPORT_STATES, UNIT_GROUPS, type ReportState, type UnitGroup } from '@/db/schema/enums';
import { LIGHTS, lightQuery } from '@/lib/reports/lights';
import { roundsOfYear } from '@/lib/reports/owed';
import { dayInShanghai } from '@/lib/i18n/format';
import type { Light } from '@/lib/reports/rules';
import { listRoundsWithProgress } from '@/lib/rounds/queries';
import { memo } from '@/lib/cache/memo';
import { qs, type Filter } from '@/lib/list/filter';
import { paginate, sqlPageable } from '@/lib/list/paginate';

export const HEAT_PAGE_SIZE = 40;

export interface DashboardFilter {
  planId: number;
  year: number;
  roundId?: number;
  group?: UnitGroup;
  heatPage: number;
}

function groupCondition(group?: UnitGroup): SQL | undefined {
  return group ? sql`${assignments.unitId} in (select ${units.id} from ${units} where ${units.group} = ${group})` : undefined;
}

/**
 * Every figure of the dashboard, computed in SQLite. The lights of all assignments are computed
 * once into a temporary table (one synchronous block, so no other request can interleave on the
 * one connection), and each figure is an aggregate over it: the rows never come into JavaScript.
 */
export function getDashboard(f: DashboardFilter, now = new Date()) {
  return db.transaction((tx) => {
    tx.run(sql`drop table if exists temp.dash_lights`);
    tx.run(sql`create temp table dash_lights as ${lightQuery(f.planId, now, groupCondition(f.group))}`);
    try {
      const head = tx.get<{ assignments: number; completed: number; red: number; yellow: number; green: number; redUnits: number }>(sql`
        select count(*) as assignments,
          coalesce(sum(r.state = 'completed'), 0) as completed,
          coalesce(sum(l.light = 2), 0) as red, coalesce(sum(l.light = 1), 0) as yellow, coalesce(sum(l.light = 0), 0) as green,
          count(distinct case when l.light = 2 then l.unitId end) as redUnits
        from temp.dash_lights l left join reports r on r.id = l.latestReportId`)!;

      const byTask = tx.all<{ taskId: number; no: number; title: string; titleEn: string | null; assignments: number; avgPercent: number; completed: number; red: number }>(sql`
        select t.id as taskId, t.no as no, t.title as title, t.title_en as titleEn, count(l.id) as assignments,
          coalesce(round(avg(coalesce(r.percent, 0)), 1), 0) as avgPercent,
          coalesce(sum(r.state = 'completed'), 0) as completed, coalesce(sum(l.light = 2), 0) as red
        from ${tasks} t left join temp.dash_lights l on l.taskId = t.id left join reports r on r.id = l.latestReportId
        where t.plan_id = ${f.planId}
        group by t.id order by t.sort_order, t.no`);

      const states = tx.all<{ state: ReportState | null; n: number }>(sql`
        select r.state as state, count(*) as n from temp.dash_lights l left join reports r on r.id = l.latestReportId group by r.state`);

      // Units ranked by how far behind they are: red, then yellow, then the lowest average progress.
      const behindOrder = sql`reds desc, yellows desc, avgPercent asc, unitId asc`;
      const unitRank = sql`
        select l.unitId as unitId, sum(l.light = 2) as reds, sum(l.light = 1) as yellows, count(*) as n,
          round(avg(coalesce(r.percent, 0)), 1) as avgPercent
        from temp.dash_lights l left join reports r on r.id = l.latestReportId group by l.unitId`;
      const mostBehind = tx.all<{ unitId: number; code: string; name: string; reds: number; yellows: number; n: number; avgPercent: number }>(sql`
        select u.id as unitId, u.code as code, u.name as name, x.reds as reds, x.yellows as yellows, x.n as n, x.avgPercent as avgPercent
        from (${unitRank}) x join ${units} u on u.id = x.unitId
        where x.reds > 0 or x.yellows > 0
        order by ${behindOrder} limit 10`);

      const heatPage = paginate(
        sqlPageable((limit, offset) =>
          tx.all<{ unitId: number; code: string; name: string; reds: number; yellows: number }>(sql`
            select u.id as unitId, u.code as code, u.name as name, x.reds as reds, x.yellows as yellows, x.avgPercent as avgPercent
            from (${unitRank}) x join ${units} u on u.id = x.unitId
            order by ${behindOrder} limit ${limit} offset ${offset}`),
        ),
        f.heatPage,
        HEAT_PAGE_SIZE,
      );
      const pageUnits = heatPage.rows;
      const cells = pageUnits.length
        ? tx.all<{ unitId: number; taskId: number; light: 0 | 1 | 2; n: number }>(sql`
            select unitId, taskId, max(light) as light, count(*) as n from temp.dash_lights
            where unitId in (${sql.join(pageUnits.map((u) => sql`${u.unitId}`), sql`, `)})
            group by unitId, taskId`)
        : [];

      return {
        head,
        byTask,
        states,
        mostBehind,
        heat: {
          units: pageUnits,
          hasNext: heatPage.hasNext,
          cells: cells.map((c) => ({ ...c, light: LIGHTS[c.light]! as Light })),
        },
      };
    } finally {
      tx.run(sql`drop table if exists temp.dash_lights`);
    }
  });
}

/** On-time rate round by round for the plan's rounds of the year (`rounds.year`), group-filtered, in deadline order. */
export function onTimeTrend(planId: number, year: number, group?: UnitGroup) {
  return memo(`trend:${planId}:${year}:${group ?? ''}`, 5 * 60_000, () =>
    listRoundsWithProgress(planId, { group, year }).sort((a, b) => a.round.deadline.getTime() - b.round.deadline.getTime()),
  );
}

/**
 * The plan's rounds by the plan year they count toward (`rounds.year`: a fourth-quarter round due
 * in January is its quarter's year), each year's in deadline order: one query for every year.
 */
export function roundsByYear(planId: number): Map<number, Round[]> {
  const byYear = new Map<number, Round[]>();
  for (const r of db.select().from(rounds).where(eq(rounds.planId, planId)).orderBy(asc(rounds.deadline), asc(rounds.id)).all()) {
    byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
  }
  return byYear;
}

/** The plan's own period, plus any other year a round of it counts toward, for the year picker. */
export function dashboardYears(planId: number, startYear: number, endYear: number, byYear = roundsByYear(planId)): number[] {
  const years = new Set<number>(byYear.keys());
  for (let y = startYear; y <= endYear; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/**
 * The year the dashboard opens on: the latest of the plan's years with a round, else the current
 * year held inside the plan's period. Never a year outside the plan.
 */
export function defaultDashboardYear(plan: { startYear: number; endYear: number }, byYear: Map<number, unknown[]>, now = new Date()): number {
  const withData = [...byYear.keys()].filter((y) => y >= plan.startYear && y <= plan.endYear && (byYear.get(y)?.length ?? 0) > 0);
  if (withData.length) return Math.max(...withData);
  const thisYear = Number(dayInShanghai(now).slice(0, 4));
  return Math.min(Math.max(thisYear, plan.startYear), plan.endYear);
}

/** The plan's rounds of one year (`rounds.year`) in deadline order, read through the index on rounds(plan_id, year). */
export function roundsInYear(planId: number, year: number): Round[] {
  return db.select().from(rounds).where(roundsOfYear(year, planId)).orderBy(asc(rounds.deadline), asc(rounds.id)).all();
}

export const DRILL_PAGE_SIZE = 100;

/** The filters a dashboard figure links to `/dashboard/list` with. */
export const drillFilterShape = {
  plan: qs.id(),
  light: qs.oneOf(['red', 'yellow', 'green']),
  state: qs.oneOf([...REPORT_STATES, 'none']),
  task: qs.id(),
  unit: qs.id(),
  group: qs.oneOf(UNIT_GROUPS),
  round: qs.id(),
  outcome: qs.oneOf(['missing', 'late', 'onTime']),
};
export type DrillFilter = Omit<Filter<typeof drillFilterShape>, 'page' | 'plan'>;

/** The assignments behind a dashboard figure, one page, with their light and latest report. */
export function drillAssignments(planId: number, f: DrillFilter, page: number, now = new Date()) {
  const conditions: SQL[] = [];
  if (f.light) conditions.push(sql`l.light = ${LIGHTS.indexOf(f.light)}`);
  if (f.state === 'none') conditions.push(sql`r.state is null`);
  else if (f.state) conditions.push(sql`r.state = ${f.state}`);
  if (f.task) conditions.push(sql`l.taskId = ${f.task}`);
  if (f.unit) conditions.push(sql`l.unitId = ${f.unit}`);
  if (f.round) {
    // Owed in that round: the round covers the measure and the assignment existed by its deadline.
    conditions.push(sql`exists (select 1 from round_measures rm where rm.round_id = ${f.round} and rm.measure_id = l.measureId)`);
    conditions.push(sql`a.created_at <= ro.deadline`);
    if (f.outcome === 'missing') conditions.push(sql`rr.first_submitted_at is null`);
    if (f.outcome === 'late') conditions.push(sql`rr.first_submitted_at > ro.deadline`);
    if (f.outcome === 'onTime') conditions.push(sql`rr.first_submitted_at <= ro.deadline`);
  }
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const roundJoin = f.round
    ? sql`join rounds ro on ro.id = ${f.round} left join reports rr on rr.round_id = ro.id and rr.assignment_id = l.id`
    : sql``;
  type Row = {
    id: number;
    light: 0 | 1 | 2;
    unitCode: string;
    unitName: string;
    measureCode: string;
    measureTitle: string;
    role: string;
    percent: number | null;
    state: ReportState | null;
    reportId: number | null;
    roundName: string | null;
    dueDate: string | null;
  };
  const rows = (limit: number, offset: number) =>
    db.all<Row>(sql`
    select l.id as id, l.light as light, u.code as unitCode, u.name as unitName, m.code as measureCode, m.title as measureTitle,
      a.role as role, r.percent as percent, r.state as state, r.id as reportId, lr.name as roundName,
      coalesce(a.due_date, m.due_date) as dueDate
    from (${lightQuery(planId, now, groupCondition(f.group))}) l
    join assignments a on a.id = l.id
    join units u on u.id = l.unitId
    join measures m on m.id = l.measureId
    left join reports r on r.id = l.latestReportId
    left join rounds lr on lr.id = r.round_id
    ${roundJoin}
    ${where}
    order by l.light desc, u.sort_order, m.sort_order
    limit ${limit} offset ${offset}`);
  const found = paginate(sqlPageable(rows), page, DRILL_PAGE_SIZE);
  return { ...found, rows: found.rows.map((r) => ({ ...r, light: LIGHTS[r.light]! })) };
}
