import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assignments, reports, rounds } from '@/db/schema';
import { deadlineBetween, listOwedReports } from '@/lib/reports/owed';
import { completionRate, onTimeReportRate } from '@/lib/scoring/rates';
import type { ComputedRate, ComputedSource } from './sheet';

/** The instants a calendar year in Asia/Shanghai (UTC+8, no daylight saving) starts and ends: [from, to). */
export function shanghaiYear(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000), to: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000) };
}

/**
 * On-time report rate of a unit for a year: its owed reports, over rounds whose deadline falls in the
 * year, first submitted on or before the round's deadline ÷ all of them. Null rate when nothing was owed.
 */
export function onTimeRateFor(tx: DB | Tx, unitId: number, year: number): ComputedRate {
  const { from, to } = shanghaiYear(year);
  const owed = listOwedReports(tx, and(deadlineBetween(from, to), eq(assignments.unitId, unitId)));
  const r = onTimeReportRate(owed);
  return { source: 'onTimeReportRate', rate: r.rate, part: r.onTime, whole: r.owed };
}

/**
 * Completion rate of a unit for a year: of its assignments that owed at least one report that year,
 * the share with an approved report at 100% or in state `completed` in a round of that year.
 */
export function completionRateFor(tx: DB | Tx, unitId: number, year: number): ComputedRate {
  const { from, to } = shanghaiYear(year);
  const owed = listOwedReports(tx, and(deadlineBetween(from, to), eq(assignments.unitId, unitId)));
  const ids = [...new Set(owed.map((o) => o.assignmentId))];
  const approved = ids.length
    ? tx
        .select({ assignmentId: reports.assignmentId, percent: reports.percent, state: reports.state })
        .from(reports)
        .innerJoin(rounds, eq(rounds.id, reports.roundId))
        .where(and(inArray(reports.assignmentId, ids), eq(reports.status, 'approved'), deadlineBetween(from, to)))
        .orderBy(desc(rounds.deadline))
        .all()
    : [];
  const r = completionRate(
    ids.map((id) => {
      const mine = approved.filter((a) => a.assignmentId === id);
      // Any qualifying approved report completes the assignment; otherwise the latest approved one speaks.
      const best = mine.find((a) => a.state === 'completed' || (a.percent ?? 0) >= 100) ?? mine[0];
      return { approvedPercent: best?.percent ?? null, approvedState: best?.state ?? null };
    }),
  );
  return { source: 'completionRate', rate: r.rate, part: r.completed, whole: r.total };
}

const COMPUTE: Record<ComputedSource, (tx: DB | Tx, unitId: number, year: number) => ComputedRate> = {
  onTimeReportRate: onTimeRateFor,
  completionRate: completionRateFor,
};

/** Every computed rate the rubric asks for, for one unit, keyed by indicator code. */
export function computedRatesFor(tx: DB | Tx, unitId: number, year: number, wanted: { code: string; source: ComputedSource }[]): Record<string, ComputedRate> {
  const cache = new Map<ComputedSource, ComputedRate>();
  const out: Record<string, ComputedRate> = {};
  for (const w of wanted) {
    if (!cache.has(w.source)) cache.set(w.source, COMPUTE[w.source](tx, unitId, year));
    out[w.code] = cache.get(w.source)!;
  }
  return out;
}
