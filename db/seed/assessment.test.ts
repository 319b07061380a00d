import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { assessmentUnits, assessments, notices, selfAssessments, units } from '@/db/schema';
import { parseSelfForm } from '@/lib/assessments/self';
import { rubricSchema } from '@/lib/scoring/rubric';
import { tempDatabase } from '@/lib/testing/temp-db';
import { seedAssessment } from './assessment';
import { seedDemo } from './demo';

const cleanups: (() => void)[] = [];
afterAll(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function seeded() {
  const t = tempDatabase();
  cleanups.push(t.cleanup);
  await seedDemo(t.db, 'Demo@2018');
  const created = seedAssessment(t.db);
  return { db: t.db, created };
}

function sheets(db: Awaited<ReturnType<typeof seeded>>['db']) {
  return db
    .select({ code: units.code, au: assessmentUnits })
    .from(assessmentUnits)
    .innerJoin(units, eq(units.id, assessmentUnits.unitId))
    .orderBy(units.code)
    .all();
}

// Two demo databases (seeding hashes every demo account's password: slow), compared for determinism.
let first: Awaited<ReturnType<typeof seeded>>;
let second: Awaited<ReturnType<typeof seeded>>;
beforeAll(async () => {
  first = await seeded();
  second = await seeded();
}, 180_000);

describe('demo assessment seed', () => {
  it('opens the 2018 assessment for self-assessment with a mix: submitted, one returned, drafts and not started', async () => {
    const { db, created } = first;
    const a = db.select().from(assessments).get()!;
    expect(a).toMatchObject({ year: 2018, stage: 'self' });
    const rubric = rubricSchema.parse(a.rubric);
    const all = sheets(db);
    expect(all.length).toBe(db.select({ n: count() }).from(units).where(eq(units.active, true)).get()!.n);
    const by = (status: string) => all.filter((x) => x.au.selfStatus === status);
    expect(by('submitted').length).toBeGreaterThanOrEqual(15);
    expect(by('returned').map((x) => x.code)).toEqual(['yuekou']);
    expect(by('draft').length).toBeGreaterThanOrEqual(20);
    expect(Object.fromEntries(['fgw', 'jyj', 'yuekou'].map((c) => [c, all.find((x) => x.code === c)!.au.selfStatus]))).toEqual({ fgw: 'draft', jyj: 'submitted', yuekou: 'returned' });

    const rowsOf = (auId: number) => db.select().from(selfAssessments).where(eq(selfAssessments.assessmentUnitId, auId)).all();
    expect(created.selfAssessments).toBe(db.select({ n: count() }).from(selfAssessments).get()!.n);
    // A submitted (or returned) sheet is complete and passes the submission's own checks.
    for (const { code, au } of [...by('submitted'), ...by('returned')]) {
      expect(au.selfSubmittedAt, code).toBeInstanceOf(Date);
      expect(au.selfSubmittedBy, code).not.toBeNull();
      const applicable = rubric.categories.flatMap((c) => c.indicators).filter((i) => i.appliesTo !== 'enforcement' || au.enforcement);
      const form = Object.fromEntries(rowsOf(au.id).flatMap((r) => [[`score.${r.indicatorCode}`, String(r.score)], [`explanation.${r.indicatorCode}`, r.explanation ?? '']]));
      expect(parseSelfForm(applicable, form, 'submit'), code).toMatchObject({ ok: true });
    }
    // Drafts: some half filled in, some not started.
    const drafts = by('draft').map((x) => rowsOf(x.au.id).length);
    expect(drafts.some((n) => n > 0) && drafts.some((n) => n === 0)).toBe(true);
    expect(by('draft').every((x) => x.au.selfSubmittedAt === null)).toBe(true);

    const yuekou = all.find((x) => x.code === 'yuekou')!.au.unitId;
    expect(db.select().from(notices).where(and(eq(notices.unitId, yuekou), eq(notices.kind, 'self_returned'))).all()).toMatchObject([{ params: { year: 2018 }, body: expect.stringContaining('B1') }]);
  });

  it('is the same on every run and changes nothing when run twice', () => {
    const strip = (db: typeof first.db) => db.select({ code: units.code, status: assessmentUnits.selfStatus, at: assessmentUnits.selfSubmittedAt }).from(assessmentUnits).innerJoin(units, eq(units.id, assessmentUnits.unitId)).orderBy(units.code).all();
    expect(strip(second.db)).toEqual(strip(first.db));
    expect(second.db.select({ s: selfAssessments.score, e: selfAssessments.explanation }).from(selfAssessments).all()).toEqual(first.db.select({ s: selfAssessments.score, e: selfAssessments.explanation }).from(selfAssessments).all());
    expect(seedAssessment(first.db)).toEqual({ assessments: 0, selfAssessments: 0 });
    expect(first.db.select({ n: count() }).from(assessments).get()!.n).toBe(1);
  });
});
