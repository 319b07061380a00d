import type Database from 'better-sqlite3';
import type { ReportState, ReportStatus } from '@/db/schema/enums';
import { nextStepsText, problemsText, workDoneText } from './text';
import { DAY_MS, endOfShanghaiDay, shanghaiMorning, type SeedAssignment, type SeedContext, type SeedRound } from './seed-context';

const HOUR_MS = 3_600_000;

/** The four quarters: period, deadline (month, day) and the progress expected by then (as in db/seed/history.ts). */
const QUARTERS = [
  { label: '第一季度', start: '01-01', end: '03-31', deadline: [4, 10], expected: 25 },
  { label: '第二季度', start: '04-01', end: '06-30', deadline: [7, 10], expected: 50 },
  { label: '第三季度', start: '07-01', end: '09-30', deadline: [10, 10], expected: 75 },
  { label: '第四季度', start: '10-01', end: '12-20', deadline: [12, 25], expected: 95 },
] as const;

const RETURN_COMMENTS = ['请补充具体数据和佐证材料。', '工作进展表述过于笼统，请列明完成事项和数量。', '请补充存在问题和下步打算。'];

/**
 * Four closed rounds per year, then one open round whose deadline is two weeks after `now`, so the
 * units have reports due and the review queue has work. Every round covers every measure.
 */
export function insertRounds(ctx: SeedContext): void {
  const rounds: SeedRound[] = [];
  const insert = ctx.sqlite.prepare(
    `insert into rounds (id, plan_id, name, year, period_start, period_end, deadline, original_deadline, status, closed_at, created_by, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const cover = ctx.sqlite.prepare('insert into round_measures (round_id, measure_id) values (?, ?)');
  ctx.sqlite.transaction(() => {
    for (const year of ctx.scale.years) {
      QUARTERS.forEach((q, qi) => {
        const id = rounds.length + 1;
        const deadline = endOfShanghaiDay(year, q.deadline[0], q.deadline[1]);
        const created = shanghaiMorning(year, Number(q.start.slice(0, 2)), 1);
        const name = `${year}年${q.label}`;
        insert.run(id, ctx.planId, name, year, `${year}-${q.start}`, `${year}-${q.end}`, deadline, deadline, 'closed', deadline + 5 * DAY_MS, ctx.staff.office, created, created);
        rounds.push({ id, name, year, quarter: qi, deadline, expected: q.expected, open: false });
      });
    }
    const lastYear = ctx.scale.years.at(-1)!;
    const today = new Date(ctx.now + 8 * HOUR_MS);
    const deadline = endOfShanghaiDay(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()) + 14 * DAY_MS;
    const id = rounds.length + 1;
    const name = `${lastYear}年度总结报送`;
    insert.run(id, ctx.planId, name, lastYear, `${lastYear}-01-01`, `${lastYear}-12-31`, deadline, deadline, 'open', null, ctx.staff.office, ctx.now - 20 * DAY_MS, ctx.now - 20 * DAY_MS);
    rounds.push({ id, name, year: lastYear, quarter: null, deadline, expected: 100, open: true });
    for (const r of rounds) for (const m of ctx.measures) cover.run(r.id, m.id);
  })();
  ctx.rounds = rounds;
}

interface ReportRow {
  id: number;
  round: SeedRound;
  assignment: SeedAssignment;
  status: ReportStatus;
  percent: number | null;
  state: ReportState | null;
  workDone: string | null;
  problems: string | null;
  nextSteps: string | null;
  submissions: number;
  firstAt: number | null;
  lastAt: number | null;
  reviewedAt: number | null;
  createdAt: number;
  /** Text of the first version when the report was returned and resubmitted. */
  firstWorkDone: string | null;
  returnedAt: number | null;
}

interface ReportStatements {
  report: Database.Statement;
  version: Database.Statement;
  review: Database.Statement;
}

function prepareReportStatements(sqlite: Database.Database): ReportStatements {
  return {
    report: sqlite.prepare(
      `insert into reports (id, round_id, assignment_id, unit_id, status, percent, state, work_done, problems, next_steps, submissions,
         first_submitted_at, last_submitted_at, reviewed_at, reviewed_by, version, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    version: sqlite.prepare(
      `insert into report_versions (report_id, version_no, percent, state, work_done, problems, next_steps, attachment_ids, submitted_at, submitted_by)
       values (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
    ),
    review: sqlite.prepare(`insert into report_reviews (report_id, version_no, decision, comment, reviewer_id, created_at) values (?, ?, ?, ?, ?, ?)`),
  };
}

/** Progress and state one assignment reports in one round. */
function progressOf(ctx: SeedContext, round: SeedRound, a: SeedAssignment, laggard: boolean): { percent: number; state: ReportState } {
  const { rng } = ctx;
  const percent = Math.min(100, Math.max(5, Math.round(round.expected + a.pace + rng.int(-8, 8))));
  let state: ReportState = percent >= 100 ? 'completed' : laggard && rng.chance(0.5) ? rng.pick(['at_risk', 'delayed'] as const) : rng.chance(0.06) ? 'at_risk' : rng.chance(0.02) ? 'delayed' : 'on_track';
  if (round.quarter === 3 && !laggard && rng.chance(0.35)) state = 'completed';
  return { percent: state === 'completed' ? 100 : percent, state };
}

/**
 * One closed round's report of one assignment, or null when it was never sent. About 5% were
 * returned once and resubmitted; in the last closed round a few still await review or revision.
 */
function closedRoundReport(ctx: SeedContext, id: number, round: SeedRound, a: SeedAssignment, lastClosed: boolean): ReportRow | null {
  const { rng } = ctx;
  const laggard = ctx.units[a.unitId - 1]!.laggard;
  if (rng.chance(laggard ? 0.1 : 0.012)) return null;
  const late = rng.chance(laggard ? 0.35 : 0.06);
  const firstAt = Math.round(round.deadline + (late ? rng.int(24, 144) * HOUR_MS : -rng.int(5, 216) * HOUR_MS));
  const { percent, state } = progressOf(ctx, round, a, laggard);
  const measure = ctx.measures[a.measureId - 1]!.title;
  const text = workDoneText(rng, measure);
  const problems = state === 'on_track' && rng.chance(0.6) ? null : problemsText(rng, measure);
  const nextSteps = rng.chance(0.7) ? nextStepsText(rng, measure) : null;
  const returned = rng.chance(0.05);
  const stillReturned = returned && lastClosed && rng.chance(0.2);
  const awaiting = !returned && lastClosed && rng.chance(0.03);
  const resubmitted = returned && !stillReturned;
  const lastAt = resubmitted ? firstAt + 2 * DAY_MS : firstAt;
  const status: ReportStatus = stillReturned ? 'returned' : awaiting ? 'submitted' : 'approved';
  return {
    id,
    round,
    assignment: a,
    status,
    percent,
    state,
    workDone: resubmitted ? `${text}（已按审核意见补充佐证材料。）` : text,
    problems,
    nextSteps,
    submissions: resubmitted ? 2 : 1,
    firstAt,
    lastAt,
    reviewedAt: status === 'submitted' ? null : stillReturned ? firstAt + DAY_MS : lastAt + DAY_MS,
    createdAt: firstAt - 3 * DAY_MS,
    firstWorkDone: returned ? text : null,
    returnedAt: returned ? firstAt + DAY_MS : null,
  };
}

/** The open round: about 35% submitted (the review queue), 8% drafts, 2% returned; the rest still owed. */
function openRoundReport(ctx: SeedContext, id: number, round: SeedRound, a: SeedAssignment): ReportRow | null {
  const { rng } = ctx;
  const roll = rng.next();
  if (roll >= 0.45) return null;
  const measure = ctx.measures[a.measureId - 1]!.title;
  const createdAt = ctx.now - rng.int(24, 18 * 24) * HOUR_MS;
  if (roll < 0.08) {
    // A draft: partly filled in, never submitted.
    const text = rng.chance(0.5) ? workDoneText(rng, measure) : null;
    return { id, round, assignment: a, status: 'draft', percent: text ? rng.int(60, 95) : null, state: text ? 'on_track' : null, workDone: text, problems: null, nextSteps: null, submissions: 0, firstAt: null, lastAt: null, reviewedAt: null, createdAt, firstWorkDone: null, returnedAt: null };
  }
  const laggard = ctx.units[a.unitId - 1]!.laggard;
  const { percent, state } = progressOf(ctx, round, a, laggard);
  const firstAt = Math.min(ctx.now - HOUR_MS, createdAt + rng.int(1, 72) * HOUR_MS);
  const returned = roll < 0.1;
  const text = workDoneText(rng, measure);
  return {
    id,
    round,
    assignment: a,
    status: returned ? 'returned' : 'submitted',
    percent,
    state,
    workDone: text,
    problems: rng.chance(0.4) ? problemsText(rng, measure) : null,
    nextSteps: rng.chance(0.7) ? nextStepsText(rng, measure) : null,
    submissions: 1,
    firstAt,
    lastAt: firstAt,
    reviewedAt: returned ? Math.min(ctx.now, firstAt + DAY_MS) : null,
    createdAt,
    firstWorkDone: returned ? text : null,
    returnedAt: returned ? Math.min(ctx.now, firstAt + DAY_MS) : null,
  };
}

/** Writes a report with its versions and review decisions, as the app's actions would have left them. */
function writeReport(ctx: SeedContext, st: ReportStatements, r: ReportRow): { versions: number; reviews: number } {
  const a = r.assignment;
  const reporter = ctx.units[a.unitId - 1]!.userId;
  const office = ctx.staff.office;
  const decisions = (r.returnedAt !== null ? 1 : 0) + (r.status === 'approved' ? 1 : 0);
  // The optimistic lock counts every write: created (1), each save or submission, each review.
  const version = 1 + r.submissions + decisions + (r.status === 'draft' ? 1 : 0);
  st.report.run(
    r.id, r.round.id, a.id, a.unitId, r.status, r.percent, r.state, r.workDone, r.problems, r.nextSteps, r.submissions,
    r.firstAt, r.lastAt, r.reviewedAt, r.reviewedAt === null ? null : office, version, r.createdAt, r.reviewedAt ?? r.lastAt ?? r.createdAt,
  );
  if (r.submissions === 0) return { versions: 0, reviews: 0 };
  st.version.run(r.id, 1, r.percent, r.state, r.firstWorkDone ?? r.workDone, r.problems, r.nextSteps, r.firstAt, reporter);
  if (r.returnedAt !== null) {
    st.review.run(r.id, 1, 'returned', ctx.rng.pick(RETURN_COMMENTS), office, r.returnedAt);
  }
  if (r.submissions === 2) st.version.run(r.id, 2, r.percent, r.state, r.workDone, r.problems, r.nextSteps, r.lastAt, reporter);
  if (r.status === 'approved') {
    st.review.run(r.id, r.submissions, 'approved', null, office, r.reviewedAt);
  }
  return { versions: r.submissions, reviews: decisions };
}

/** Reports for every round, one transaction per round; returns how many of each row were written. */
export function insertReports(ctx: SeedContext, log: (line: string) => void): { reports: number; versions: number; reviews: number } {
  const st = prepareReportStatements(ctx.sqlite);
  const lastClosedId = ctx.rounds.filter((r) => !r.open).at(-1)?.id;
  const totals = { reports: 0, versions: 0, reviews: 0 };
  for (const round of ctx.rounds) {
    const started = Date.now();
    ctx.sqlite.transaction(() => {
      for (const a of ctx.assignments) {
        const id = totals.reports + 1;
        const row = round.open ? openRoundReport(ctx, id, round, a) : closedRoundReport(ctx, id, round, a, round.id === lastClosedId);
        if (!row) continue;
        const w = writeReport(ctx, st, row);
        totals.reports++;
        totals.versions += w.versions;
        totals.reviews += w.reviews;
      }
    })();
    log(`  ${round.name}: ${totals.reports} reports so far (${Date.now() - started} ms)`);
  }
  return totals;
}

/**
 * Points each assignment at its latest submitted report: the same subquery as
 * lib/reports/latest.ts refreshLatestReports, run once over every assignment.
 */
export function refreshAllLatestReports(sqlite: Database.Database): void {
  sqlite.exec(`
    update assignments set latest_report_id = (
      select reports.id from reports join rounds on rounds.id = reports.round_id
      where reports.assignment_id = assignments.id and reports.status <> 'draft'
      order by rounds.deadline desc, reports.last_submitted_at desc, rounds.id desc limit 1)`);
}
