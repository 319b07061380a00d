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

/**
 * The same rates for every unit at once (the results table): two queries for the whole year instead
 * of two per unit, grouped here by unit.
 */
export function computedRatesForAll(tx: DB | Tx, year: number, wanted: { code: string; source: ComputedSource }[]): Map<number, Record<string, ComputedRate>> {
  const out = new Map<number, Record<string, ComputedRate>>();
  if (wanted.length === 0) return out;
  const { from, to } = shanghaiYear(year);
  const owed = listOwedReports(tx, deadlineBetween(from, to));
  const byUnit = new Map<number, typeof owed>();
  for (const o of owed) {
    const list = byUnit.get(o.unitId);
    if (list) list.push(o);
    else byUnit.set(o.unitId, [o]);
  }
  const approved = wanted.some((w) => w.source === 'completionRate')
    ? tx
        .select({ assignmentId: reports.assignmentId, percent: reports.percent, state: reports.state })
        .from(reports)
        .innerJoin(rounds, eq(rounds.id, reports.roundId))
        .where(and(eq(reports.status, 'approved'), deadlineBetween(from, to)))
        .orderBy(desc(rounds.deadline))
        .all()
    : [];
  const approvedBy = new Map<number, typeof approved>();
  for (const a of approved) {
    const list = approvedBy.get(a.assignmentId);
    if (list) list.push(a);
    else approvedBy.set(a.assignmentId, [a]);
  }
  for (const [unitId, mine] of byUnit) {
    const rates: Record<string, ComputedRate> = {};
    for (const w of wanted) {
      if (w.source === 'onTimeReportRate') {
        const r = onTimeReportRate(mine);
        rates[w.code] = { source: w.source, rate: r.rate, part: r.onTime, whole: r.owed };
      } else {
        const ids = [...new Set(mine.map((o) => o.assignmentId))];
        const r = completionRate(
          ids.map((id) => {
            const list = approvedBy.get(id) ?? [];
            const best = list.find((a) => a.state === 'completed' || (a.percent ?? 0) >= 100) ?? list[0];
            return { approvedPercent: best?.percent ?? null, approvedState: best?.state ?? null };
          }),
        );
        rates[w.code] = { source: w.source, rate: r.rate, part: r.completed, whole: r.total };
      }
    }
    out.set(unitId, rates);
  }
  return out;
}
