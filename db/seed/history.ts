import { and, eq } from 'drizzle-orm';
import type { DB } from '../client';
import { assignments, measures, plans, reportReviews, reportVersions, reports, roundMeasures, rounds, units, users } from '../schema';
import type { ReportState } from '../schema/enums';
import { refreshLatestReports } from '../../lib/reports/latest';
import { writeAudit } from '../../lib/audit/log';
import { RESUBMIT_WORKING_DAYS, addWorkingDays, resubmitInstant } from '../../lib/reports/resubmit';
import { dayInShanghai } from '../../lib/i18n/format';
import planFile from './plan-2016-2020.json';
import { random } from './random';

const at = (iso: string) => new Date(iso);
/** The demo unit whose first Q4 report is left returned, so signing in as it shows a return to answer. */
const FORCED_RETURN_UNIT = 'fgw';
const HOUR = 3_600_000;

/** The four quarters of 2018: period, deadline (end of day, Asia/Shanghai) and the progress expected by then. */
const QUARTERS = [
  { name: '2018年第一季度', start: '2018-01-01', end: '2018-03-31', deadline: '2018-04-10', percent: 25 },
  { name: '2018年第二季度', start: '2018-04-01', end: '2018-06-30', deadline: '2018-07-10', percent: 50 },
  { name: '2018年第三季度', start: '2018-07-01', end: '2018-09-30', deadline: '2018-10-10', percent: 75 },
  { name: '2018年第四季度', start: '2018-10-01', end: '2018-12-20', deadline: '2018-12-25', percent: 95 },
];

const WORK = [
  '召开专题会议研究部署“{m}”工作，制定年度工作方案，明确责任科室和时间节点。',
  '围绕“{m}”开展专项检查{n}次，发现问题{k}个，已整改{j}个，形成检查通报。',
  '组织业务培训{n}场，参训人员{k}人次；梳理制度文件{j}件，完成合法性审查。',
  '推进“{m}”相关信息公开，在政府网站发布信息{n}条，收集意见建议{k}条并逐一答复。',
  '与配合单位建立联席机制，召开协调会{n}次，解决重点难点问题{j}个。',
];
const PROBLEMS = ['基层人员力量不足，专业人才缺乏。', '部分配合单位信息报送不及时，协同机制有待完善。', '经费保障不足，信息化建设进度滞后。', '个别制度修订需等待上级文件出台。'];
const NEXT = ['继续推进{m}，按期完成年度目标。', '加强督促检查，及时总结推广经验做法。', '完善长效机制，做好年度总结和考核迎检工作。'];

function fill(template: string, m: string, r: () => number) {
  const n = 1 + Math.floor(r() * 8);
  const k = n * (2 + Math.floor(r() * 10));
  return template.replace('{m}', m).replace('{n}', String(n)).replace('{k}', String(k)).replace('{j}', String(Math.max(1, Math.floor(k / 3))));
}

/**
 * Demo history: the four 2018 reporting rounds of the demo plan with reports from every unit, a few
 * late or missing, some returned and resubmitted, so the dashboard, the review queue and the 2018
 * assessment have something real to show. Runs once: it does nothing when the plan has rounds.
 *
 * The reports still returned in the closed 2018 Q4 round may be revised until RESUBMIT_WORKING_DAYS
 * working days after `now` (the day the demo is seeded, not 2018), so a unit signing in to the demo
 * finds a return it can answer. Everything else is fixed by the seed.
 */
export function seedHistory(db: DB, now = new Date()): { rounds: number; reports: number } {
  const plan = db.select().from(plans).where(eq(plans.title, planFile.plan.title)).get();
  if (!plan || db.select({ id: rounds.id }).from(rounds).where(eq(rounds.planId, plan.id)).get()) return { rounds: 0, reports: 0 };
  const office = db.select().from(users).where(eq(users.username, 'office')).get();
  if (!office) return { rounds: 0, reports: 0 };
  const r = random(2018);
  const resubmitBy = resubmitInstant(addWorkingDays(dayInShanghai(now), RESUBMIT_WORKING_DAYS));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;

  return db.transaction((tx) => {
    const measureRows = tx.select().from(measures).where(eq(measures.planId, plan.id)).all();
    const list = tx
      .select({ a: assignments, m: measures, unitCode: units.code })
      .from(assignments)
      .innerJoin(measures, eq(measures.id, assignments.measureId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(and(eq(measures.planId, plan.id), eq(assignments.status, 'active')))
      .all();
    const reporterOf = new Map(tx.select({ code: users.username, id: users.id }).from(users).where(eq(users.role, 'unit')).all().map((u) => [u.code, u.id]));
    // Some units lag all year: they miss or send late more often and report slower progress.
    const laggards = new Set(['cgw', 'gaj', 'xfj', 'zjj', 'wjj', 'gtj']);
    // The assignments exist from the plan's start, so they owe every 2018 round.
    for (const { a } of list) tx.update(assignments).set({ createdAt: at('2017-12-01T09:00:00+08:00') }).where(eq(assignments.id, a.id)).run();

    let reportCount = 0;
    let fgwReturned = false;
    QUARTERS.forEach((q, qi) => {
      const deadline = new Date(Date.UTC(Number(q.deadline.slice(0, 4)), Number(q.deadline.slice(5, 7)) - 1, Number(q.deadline.slice(8, 10)), 15, 59, 59, 999));
      const round = tx
        .insert(rounds)
        .values({ planId: plan.id, name: q.name, year: Number(q.start.slice(0, 4)), periodStart: q.start, periodEnd: q.end, deadline, originalDeadline: deadline, status: 'closed', closedAt: new Date(deadline.getTime() + 5 * 24 * HOUR), createdBy: office.id, createdAt: at(`${q.start}T09:00:00+08:00`) })
        .returning()
        .get();
      for (const m of measureRows) tx.insert(roundMeasures).values({ roundId: round.id, measureId: m.id }).run();

      for (const { a, m, unitCode } of list) {
        const lag = laggards.has(unitCode);
        const reporter = reporterOf.get(unitCode);
        if (!reporter || r() < (lag ? 0.3 : 0.04)) continue; // never reported this quarter
        const late = r() < (lag ? 0.5 : 0.1);
        const firstAt = new Date(deadline.getTime() + (late ? (1 + r() * 6) * 24 * HOUR : -(r() * 9 + 0.2) * 24 * HOUR));
        const percent = Math.min(100, Math.max(5, Math.round(q.percent + (lag ? -25 : 0) + (r() - 0.4) * 20)));
        let state: ReportState = percent >= 100 ? 'completed' : lag && r() < 0.5 ? pick(['at_risk', 'delayed'] as const) : r() < 0.08 ? 'at_risk' : 'on_track';
        if (qi === 3 && !lag && r() < 0.35) state = 'completed';
        const finalPercent = state === 'completed' ? 100 : percent;
        const drawnReturned = r() < 0.07;
        const drawnStillReturned = drawnReturned && qi === 3 && r() < 0.5;
        const awaiting = !drawnReturned && qi === 3 && r() < 0.08;
        // fgw (a demo account) also has one Q4 report returned to answer; decided after the draws, so
        // the rest of the history stays as the seed makes it.
        const forced = qi === 3 && unitCode === FORCED_RETURN_UNIT && !fgwReturned && !awaiting && !drawnReturned;
        if (forced) fgwReturned = true;
        const returned = drawnReturned || forced;
        const stillReturned = drawnStillReturned || forced;
        const text = fill(pick(WORK), m.title, r);
        const problems = state === 'on_track' && r() < 0.6 ? null : pick(PROBLEMS);
        const nextSteps = fill(pick(NEXT), m.title, r);
        const versions = returned && !stillReturned ? 2 : 1;
        const lastAt = versions === 2 ? new Date(firstAt.getTime() + 2 * 24 * HOUR) : firstAt;
        const status = stillReturned ? 'returned' : awaiting ? 'submitted' : 'approved';
        const report = tx
          .insert(reports)
          .values({
            roundId: round.id,
            assignmentId: a.id,
            unitId: a.unitId,
            status,
            percent: finalPercent,
            state,
            workDone: versions === 2 ? `${text}（已按审核意见补充佐证材料。）` : text,
            problems,
            nextSteps,
            submissions: versions,
            firstSubmittedAt: firstAt,
            lastSubmittedAt: lastAt,
            reviewedAt: status === 'submitted' ? null : new Date(lastAt.getTime() + 24 * HOUR),
            reviewedBy: status === 'submitted' ? null : office.id,
            resubmitBy: status === 'returned' ? resubmitBy : null,
            createdAt: new Date(firstAt.getTime() - 3 * 24 * HOUR),
            updatedAt: lastAt,
          })
          .returning()
          .get();
        reportCount++;
        tx.insert(reportVersions)
          .values({ reportId: report.id, versionNo: 1, percent: finalPercent, state, workDone: text, problems, nextSteps, attachmentIds: [], submittedAt: firstAt, submittedBy: reporter })
          .run();
        if (returned) {
          tx.insert(reportReviews)
            .values({ reportId: report.id, versionNo: 1, decision: 'returned', comment: '请补充具体数据和佐证材料。', reviewerId: office.id, createdAt: new Date(firstAt.getTime() + 24 * HOUR) })
            .run();
        }
        if (versions === 2) {
          tx.insert(reportVersions)
            .values({ reportId: report.id, versionNo: 2, percent: finalPercent, state, workDone: report.workDone!, problems, nextSteps, attachmentIds: [], submittedAt: lastAt, submittedBy: reporter })
            .run();
        }
        if (status === 'approved') {
          tx.insert(reportReviews).values({ reportId: report.id, versionNo: versions, decision: 'approved', reviewerId: office.id, createdAt: report.reviewedAt! }).run();
        }
      }
    });
    refreshLatestReports(tx, list.map((x) => x.a.id));
    writeAudit(tx, { userId: null, username: 'system', unitId: null, role: null, ip: null }, { action: 'seed.demo-history', after: { rounds: QUARTERS.length, reports: reportCount } });
    return { rounds: QUARTERS.length, reports: reportCount };
  });
}
