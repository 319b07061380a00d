import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { assignments, measures, plans, reports, roundMeasures, rounds, tasks, units } from '@/db/schema';
import { tempDatabase } from '@/lib/testing/temp-db';
import { assignmentLightDetail, assignmentLights, measureLights } from './lights';
import { refreshLatestReports } from './latest';
import { worstLight } from './rules';
import { REPORT_STATES } from '@/db/schema/enums';

const t = tempDatabase();
afterAll(() => t.cleanup());

/** A small deterministic generator, so a failing case can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DAY = 86_400_000;
const now = new Date('2018-07-03T10:00:00+08:00');

function fixture(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const db = t.db;
  const plan = db.insert(plans).values({ title: `p${seed}`, startYear: 2016, endYear: 2020 }).returning().get();
  const task = db.insert(tasks).values({ planId: plan.id, no: 1, title: 't' }).returning().get();
  const unitRows = Array.from({ length: 6 }, (_, i) =>
    db.insert(units).values({ code: `u${seed}x${i}`, name: `单位${seed}-${i}`, fullName: `单位${seed}-${i}`, kind: 'government', group: 'city' }).returning().get(),
  );
  const measureRows = Array.from({ length: 4 }, (_, i) =>
    db
      .insert(measures)
      .values({ planId: plan.id, taskId: task.id, code: `${i + 1}.1`, title: 'm', dueDate: r() < 0.3 ? pick(['2018-07-02', '2018-07-03', '2018-07-04']) : null })
      .returning()
      .get(),
  );
  const roundRows = Array.from({ length: 5 }, (_, i) => {
    // Deadlines from 20 days before to 5 days after now, some exactly at the edges.
    const offset = pick([-20 * DAY, -7 * DAY, -1, 0, 1, 2 * DAY, 3 * DAY, 3 * DAY + 1, 5 * DAY]);
    const deadline = new Date(now.getTime() + offset);
    return db.insert(rounds).values({ planId: plan.id, name: `r${i}`, year: 2018, periodStart: '2018-01-01', periodEnd: '2018-06-30', deadline, originalDeadline: deadline }).returning().get();
  });
  const covers = new Set<string>();
  for (const round of roundRows)
    for (const m of measureRows)
      if (r() < 0.8) {
        db.insert(roundMeasures).values({ roundId: round.id, measureId: m.id }).run();
        covers.add(`${round.id}:${m.id}`);
      }
  const created: number[] = [];
  for (const m of measureRows) {
    for (const u of unitRows) {
      if (r() < 0.5) continue;
      const a = db
        .insert(assignments)
        .values({
          measureId: m.id,
          unitId: u.id,
          role: pick(['lead', 'cooperating'] as const),
          dueDate: r() < 0.3 ? pick(['2018-07-02', '2018-07-03', '2018-06-30']) : null,
          createdAt: new Date(now.getTime() - pick([30 * DAY, 10 * DAY, 2 * DAY])),
        })
        .returning()
        .get();
      created.push(a.id);
      for (const round of roundRows) {
        // Reports exist only where one is owed (the app refuses the rest).
        if (!covers.has(`${round.id}:${m.id}`) || a.createdAt > round.deadline || r() < 0.35) continue;
        const status = pick(['draft', 'submitted', 'approved', 'returned'] as const);
        const submitted = status === 'draft' ? null : new Date(round.deadline.getTime() + pick([-2 * DAY, -1, 0, 1, DAY]));
        db.insert(reports)
          .values({
            roundId: round.id,
            assignmentId: a.id,
            unitId: u.id,
            status,
            state: status === 'draft' && r() < 0.5 ? null : pick(REPORT_STATES),
            percent: 50,
            firstSubmittedAt: submitted,
            lastSubmittedAt: submitted && new Date(submitted.getTime() + pick([0, DAY])),
            // A returned report's own deadline: none, passed, exactly now, or still ahead.
            resubmitBy: status === 'returned' ? pick([null, new Date(now.getTime() - DAY), new Date(now.getTime() - 1), now, new Date(now.getTime() + 1), new Date(now.getTime() + 2 * DAY)]) : null,
          })
          .run();
      }
    }
  }
  refreshLatestReports(db, created);
  return { plan, measureRows };
}

describe('traffic lights in SQL agree with the pure rule', () => {
  for (const seed of Array.from({ length: 40 }, (_, i) => i + 1)) {
    it(`random plan #${seed}: every assignment and every measure's worst light`, () => {
      const { plan } = fixture(seed);
      const fromSql = assignmentLights(t.db, plan.id, now);
      expect(fromSql.length).toBeGreaterThan(0);
      const byMeasure = new Map<number, ('red' | 'yellow' | 'green')[]>();
      for (const row of fromSql) {
        const a = t.db.select().from(assignments).where(eqId(row.id)).get()!;
        const m = t.db.select().from(measures).where(eqMeasure(a.measureId)).get()!;
        const pure = assignmentLightDetail(row.id, a.dueDate ?? m.dueDate, now, t.db);
        expect(row.light, `assignment ${row.id}: ${JSON.stringify(pure.reasons)}`).toBe(pure.light);
        byMeasure.set(row.measureId, [...(byMeasure.get(row.measureId) ?? []), pure.light]);
      }
      const worst = measureLights(t.db, plan.id, now);
      for (const [measureId, lights] of byMeasure) expect(worst.get(measureId)).toBe(worstLight(lights));
    });
  }
});

const eqId = (id: number) => eq(assignments.id, id);
const eqMeasure = (id: number) => eq(measures.id, id);
