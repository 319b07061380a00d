import 'server-only';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { annualReportVersions, annualReports, assignments, measures, plans, reports, rounds, tasks, units, users } from '@/db/schema';
import { listOwedReports, roundsOfYear } from '@/lib/reports/owed';
import { isOnTime } from '@/lib/reports/rules';

/** The plan the year belongs to: the current plan if it spans the year, else the one that does. */
export function planForYear(year: number) {
  const spanning = db
    .select()
    .from(plans)
    .where(and(lte(plans.startYear, year), gte(plans.endYear, year)))
    .orderBy(asc(plans.id))
    .all();
  return spanning.find((p) => p.isCurrent) ?? spanning[0];
}

export interface YearFacts {
  year: number;
  planTitle: string;
  rounds: number;
  owed: number;
  onTime: number;
  submitted: number;
  assignments: number;
  completed: number;
  units: number;
  tasks: {
    no: number;
    title: string;
    measures: number;
    assignments: number;
    completed: number;
    avgPercent: number;
    work: { unitName: string; measureCode: string; workDone: string }[];
  }[];
  problems: { text: string; units: string[] }[];
  nextSteps: { text: string; units: string[] }[];
}

/**
 * What the year's report is drawn from: the rounds that count toward the year (`rounds.year`, so a
 * fourth-quarter round due in January is the old year's), each
 * assignment's latest report among them (approved ones for the achievements), and the counts.
 */
export function yearFacts(year: number): YearFacts | null {
  const plan = planForYear(year);
  if (!plan) return null;
  const inYear = roundsOfYear(year, plan.id);
  const owed = listOwedReports(db, inYear);
  // Each assignment's latest submitted report of the year (by round deadline), approved or not.
  const latest = db.all<{
    assignmentId: number;
    status: string;
    percent: number | null;
    state: string | null;
    workDone: string | null;
    problems: string | null;
    nextSteps: string | null;
  }>(sql`
    select assignmentId, status, percent, state, workDone, problems, nextSteps from (
      select ${reports.assignmentId} as assignmentId, ${reports.status} as status, ${reports.percent} as percent, ${reports.state} as state,
        ${reports.workDone} as workDone, ${reports.problems} as problems, ${reports.nextSteps} as nextSteps,
        row_number() over (partition by ${reports.assignmentId} order by ${rounds.deadline} desc, ${reports.lastSubmittedAt} desc) as n
      from ${reports} join ${rounds} on ${rounds.id} = ${reports.roundId}
      where ${inYear} and ${reports.status} <> 'draft'
    ) where n = 1`);
  const byAssignment = new Map(latest.map((l) => [l.assignmentId, l]));
  const list = db
    .select({ id: assignments.id, unitName: units.name, measureCode: measures.code, measureSort: measures.sortOrder, taskId: measures.taskId })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(measures.planId, plan.id), eq(assignments.status, 'active'), sql`${measures.archivedAt} is null`))
    .orderBy(asc(measures.sortOrder), asc(units.sortOrder))
    .all();
  const done = (id: number) => {
    const l = byAssignment.get(id);
    return !!l && l.status === 'approved' && (l.state === 'completed' || (l.percent ?? 0) >= 100);
  };
  const taskRows = db.select().from(tasks).where(eq(tasks.planId, plan.id)).orderBy(asc(tasks.sortOrder)).all();
  const measureCount = db
    .select({ taskId: measures.taskId, n: sql<number>`count(*)` })
    .from(measures)
    .where(and(eq(measures.planId, plan.id), sql`${measures.archivedAt} is null`))
    .groupBy(measures.taskId)
    .all();
  const gather = (key: 'problems' | 'nextSteps') => {
    const map = new Map<string, Set<string>>();
    for (const a of list) {
      const text = byAssignment.get(a.id)?.[key]?.trim();
      if (!text) continue;
      map.set(text, (map.get(text) ?? new Set()).add(a.unitName));
    }
    return [...map.entries()].map(([text, u]) => ({ text, units: [...u] })).sort((x, y) => y.units.length - x.units.length);
  };
  return {
    year,
    planTitle: plan.title,
    rounds: db.select({ n: sql<number>`count(*)` }).from(rounds).where(inYear).get()?.n ?? 0,
    owed: owed.length,
    onTime: owed.filter((o) => isOnTime(o.firstSubmittedAt, o.deadline)).length,
    submitted: owed.filter((o) => o.firstSubmittedAt).length,
    assignments: list.length,
    completed: list.filter((a) => done(a.id)).length,
    units: new Set(list.map((a) => a.unitName)).size,
    tasks: taskRows.map((t) => {
      const mine = list.filter((a) => a.taskId === t.id);
      const percents = mine.map((a) => byAssignment.get(a.id)?.percent ?? 0);
      return {
        no: t.no,
        title: t.title,
        measures: measureCount.find((m) => m.taskId === t.id)?.n ?? 0,
        assignments: mine.length,
        completed: mine.filter((a) => done(a.id)).length,
        avgPercent: percents.length ? Math.round((percents.reduce((s, p) => s + p, 0) / percents.length) * 10) / 10 : 0,
        work: mine
          .map((a) => ({ a, l: byAssignment.get(a.id) }))
          .filter(({ l }) => l?.status === 'approved' && l.workDone)
          .map(({ a, l }) => ({ unitName: a.unitName, measureCode: a.measureCode, workDone: l!.workDone!.trim() })),
      };
    }),
    problems: gather('problems'),
    nextSteps: gather('nextSteps'),
  };
}

export function getAnnualReport(year: number) {
  return db.select().from(annualReports).where(eq(annualReports.year, year)).get();
}

export function listAnnualReportVersions(reportId: number) {
  return db
    .select({ versionNo: annualReportVersions.versionNo, savedAt: annualReportVersions.savedAt, by: users.displayName })
    .from(annualReportVersions)
    .innerJoin(users, eq(users.id, annualReportVersions.savedBy))
    .where(eq(annualReportVersions.reportId, reportId))
    .orderBy(sql`${annualReportVersions.versionNo} desc`)
    .all();
}

/** The issuing body by default: the city government, from the office's full name (天门市人民政府法制办公室 → 天门市人民政府). */
export function defaultIssuer(): string {
  const office = db.select({ fullName: units.fullName }).from(units).where(eq(units.kind, 'office')).get();
  const name = office?.fullName ?? '';
  const government = name.indexOf('人民政府');
  return government >= 0 ? name.slice(0, government + '人民政府'.length) : name;
}

/** The year whose report is due: the latest plan year with a round of the current plan, else last year. */
export function annualReportDefaultYear(now = new Date()): number {
  const latest = db
    .select({ year: sql<number | null>`max(${rounds.year})` })
    .from(rounds)
    .innerJoin(plans, eq(plans.id, rounds.planId))
    .where(and(eq(plans.isCurrent, true), sql`${rounds.year} between ${plans.startYear} and ${plans.endYear}`))
    .get();
  return latest?.year ?? now.getFullYear() - 1;
}
