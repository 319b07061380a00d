import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { reports, rounds } from '@/db/schema';
import { listOwedReports, roundsOfYear } from '@/lib/reports/owed';
import { completionRate, onTimeReportRate } from '@/lib/scoring/rates';
import type { ComputedRate, ComputedSource } from './sheet';

/**
 * The computed rates the rubric asks for (`wanted`, by indicator code), for every unit of a year at
 * once: two queries for the whole year, grouped here by unit. Each unit's rates are read from the
 * returned lookup; a unit that owed no report that year gets null rates (the indicators drop out).
 *
 * - On-time report rate: of the unit's reports owed in the rounds that count toward the year
 *   (`rounds.year`: a Q4 round due in January counts in Q4's year), those first submitted on or
 *   before the deadline.
 * - Completion rate: of its assignments that owed a report that year, those with an approved report
 *   at 100% or in state `completed` in a round of that year.
 */
export function computedRatesForAll(tx: DB | Tx, year: number, wanted: { code: string; source: ComputedSource }[]): (unitId: number) => Record<string, ComputedRate> {
  const out = new Map<number, Record<string, ComputedRate>>();
  const none = Object.fromEntries(wanted.map((w) => [w.code, { source: w.source, rate: null, part: 0, whole: 0 }]));
  const lookup = (unitId: number) => out.get(unitId) ?? none;
  if (wanted.length === 0) return lookup;
  const owed = listOwedReports(tx, roundsOfYear(year));
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
        .where(and(eq(reports.status, 'approved'), roundsOfYear(year)))
        .orderBy(desc(rounds.deadline))
        .all()
    : [];
  const approvedBy = new Map<number, typeof approved>();
  for (const a of approved) {
    const list = approvedBy.get(a.assignmentId);
    if (list) list.push(a);
    else approvedBy.set(a.assignmentId, [a]);
  }
  const compute: Record<ComputedSource, (mine: typeof owed) => ComputedRate> = {
    onTimeReportRate(mine) {
      const r = onTimeReportRate(mine);
      return { source: 'onTimeReportRate', rate: r.rate, part: r.onTime, whole: r.owed };
    },
    completionRate(mine) {
      const ids = [...new Set(mine.map((o) => o.assignmentId))];
      const r = completionRate(
        ids.map((id) => {
          const list = approvedBy.get(id) ?? [];
          // Any qualifying approved report completes the assignment; otherwise the latest approved one speaks.
          const best = list.find((a) => a.state === 'completed' || (a.percent ?? 0) >= 100) ?? list[0];
          return { approvedPercent: best?.percent ?? null, approvedState: best?.state ?? null };
        }),
      );
      return { source: 'completionRate', rate: r.rate, part: r.completed, whole: r.total };
    },
  };
  for (const [unitId, mine] of byUnit) {
    // Each source once per unit, shared by the indicators that read it.
    const bySource = new Map<ComputedSource, ComputedRate>();
    const rates: Record<string, ComputedRate> = {};
    for (const w of wanted) {
      let rate = bySource.get(w.source);
      if (!rate) bySource.set(w.source, (rate = compute[w.source](mine)));
      rates[w.code] = rate;
    }
    out.set(unitId, rates);
  }
  return lookup;
}
