import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assessmentUnits, selfAssessments, units, type Assessment } from '@/db/schema';
import { rankAndGrade, scoreUnit } from '@/lib/scoring/compute';
import { GROUPS, type Group } from '@/lib/scoring/groups';
import { fromHundredths, toHundredths } from '@/lib/scoring/hundredths';
import { rubricSchema, type Rubric } from '@/lib/scoring/rubric';
import { freezeOutcome, readOutcome, type UnitOutcome } from './outcome';
import { computedRatesForAll } from './rates';
import { allIndicators, buildSelfSheet, buildUnitSheet, computedSource, selfRubric, sheetProgress, storedSheetOf, type StoredSheet } from './sheet';

export type { UnitOutcome };

export interface UnitResult extends UnitOutcome {
  assessmentUnitId: number;
  unitId: number;
  code: string;
  name: string;
  group: Group;
  enforcement: boolean;
  sheet: StoredSheet;
  sheetVersion: number;
  progress: { entered: number; total: number };
}

/** The rubric an assessment scores against (its snapshot from leaving draft); null while in draft. */
export function assessmentRubric(a: Pick<Assessment, 'rubric'>): Rubric | null {
  if (!a.rubric) return null;
  const parsed = rubricSchema.safeParse(a.rubric);
  return parsed.success ? parsed.data : null;
}

function wantedRates(rubric: Rubric) {
  return allIndicators(rubric).flatMap((i) => {
    const source = computedSource(i);
    return source ? [{ code: i.code, source }] : [];
  });
}

/**
 * Scores, ranks and grades every unit of an assessment with lib/scoring. Before publication rates are
 * computed from the app's data as it is now; after publication the frozen outcome is read back as is.
 */
export function computeResults(tx: DB | Tx, assessment: Assessment, rubric: Rubric): UnitResult[] {
  const rows = tx
    .select({ au: assessmentUnits, code: units.code, name: units.name })
    .from(assessmentUnits)
    .innerJoin(units, eq(units.id, assessmentUnits.unitId))
    .where(eq(assessmentUnits.assessmentId, assessment.id))
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all();
  const base = rows.map(({ au, code, name }) => ({
    assessmentUnitId: au.id,
    unitId: au.unitId,
    code,
    name,
    group: au.group,
    enforcement: au.enforcement,
    sheet: storedSheetOf(au),
    sheetVersion: au.sheetVersion,
    progress: sheetProgress(rubric, au, storedSheetOf(au)),
    frozen: au.result,
  }));

  if (assessment.stage === 'published' && base.every((b) => b.frozen != null)) {
    return base.map(({ frozen, ...b }) => ({ ...b, ...readOutcome(frozen) }));
  }

  const selfRows = rows.length
    ? tx
        .select({ assessmentUnitId: selfAssessments.assessmentUnitId, code: selfAssessments.indicatorCode, score: selfAssessments.score })
        .from(selfAssessments)
        .where(inArray(selfAssessments.assessmentUnitId, rows.map((r) => r.au.id)))
        .all()
    : [];
  const judged = selfRubric(rubric);
  const wanted = wantedRates(rubric);
  const ratesOf = computedRatesForAll(tx, assessment.year, wanted);
  const selfBy = new Map<number, typeof selfRows>();
  for (const s of selfRows) selfBy.set(s.assessmentUnitId, [...(selfBy.get(s.assessmentUnitId) ?? []), s]);

  const scored = base.map((b) => {
    const facts = { unitId: b.unitId, group: b.group, enforcement: b.enforcement };
    const rates = ratesOf(b.unitId);
    const sheet = buildUnitSheet(rubric, facts, b.sheet, rates);
    const score = scoreUnit(rubric, sheet);
    const selfScores = Object.fromEntries((selfBy.get(b.assessmentUnitId) ?? []).map((s) => [s.code, s.score]));
    const entered = Object.values(selfScores).some((v) => v !== null);
    const self = entered ? scoreUnit(judged, buildSelfSheet(rubric, facts, selfScores, sheet.notApplicable ?? [])) : null;
    return { b, score, rates, self };
  });

  // Only complete sheets are ranked: an unscored unit is listed, never graded 不合格 for want of input.
  const ranked = new Map(rankAndGrade(rubric, scored.filter((s) => s.score.complete).map((s) => s.score)).map((r) => [r.unitId, r]));

  return scored.map(({ b, score, rates, self }) => {
    const r = ranked.get(b.unitId);
    const { frozen: _frozen, ...rest } = b;
    return {
      ...rest,
      score,
      rank: r?.rank ?? null,
      grade: r?.grade ?? null,
      gradeBeforeQuota: r?.gradeBeforeQuota ?? null,
      droppedByQuota: r?.droppedByQuota ?? false,
      selfTotal: self?.total ?? null,
      selfComplete: self?.complete ?? false,
      difference: self && r ? fromHundredths(toHundredths(score.total) - toHundredths(self.total)) : null,
      rates,
    };
  });
}

/** The outcome to freeze on a unit at publication, with its shape version. */
export function outcomeOf(r: UnitResult) {
  return freezeOutcome(r);
}

/** Grade counts per group, in the order of the group's bands (ranked units only). */
export function gradeDistribution(rubric: Rubric, results: UnitResult[]) {
  return GROUPS.map((group) => ({
    group,
    grades: rubric.grades[group].map((b) => ({ grade: b.grade, count: results.filter((r) => r.group === group && r.grade === b.grade).length })),
    unranked: results.filter((r) => r.group === group && r.rank === null).length,
  }));
}
