import { z } from 'zod';
import { GROUPS, type Group } from './groups';
import { fromHundredths, hasAtMostTwoDecimals, toHundredths } from './hundredths';
import { pointsSchema as points, positivePointsSchema as positivePoints, ruleSchema } from './rules';

/** Which units an indicator applies to: all, or only those with enforcement powers. */
export const APPLIES_TO = ['all', 'enforcement'] as const;

// Type and range issues carry no message of their own: lib/validation/issues maps them by code
// (with their bounds); only rubric-specific rules name a catalog key. The item schemas are exported
// so the editor's forms check one item with the very schema the whole rubric uses.

const code = () =>
  z
    .string()
    .trim()
    .min(1, 'v.required')
    .max(32)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'v.rubricCode');

const text = (max: number) => z.string().trim().min(1, 'v.required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** One scored indicator (二级指标). */
export const indicatorSchema = z.object({
  code: code(),
  title: text(200),
  titleEn: optionalText(300),
  points: points(),
  rule: ruleSchema,
  criteria: text(2000),
  criteriaEn: optionalText(3000),
  evidence: z.string().trim().max(1000),
  evidenceEn: optionalText(1500),
  appliesTo: z.enum(APPLIES_TO),
});

/** One scoring category (一级指标) with its indicators. */
export const categorySchema = z.object({
  code: code(),
  title: text(200),
  titleEn: optionalText(300),
  points: points(),
  // Empty is allowed so a rubric can be saved while drafted; rubricProblems() reports it.
  indicators: z.array(indicatorSchema),
});

export const bonusSchema = z.object({
  code: code(),
  title: text(200),
  titleEn: optionalText(300),
  pointsEach: points(),
  criteria: text(2000),
  criteriaEn: optionalText(3000),
});

export const vetoSchema = z.object({
  code: code(),
  title: text(200),
  titleEn: optionalText(300),
  effect: text(500),
  effectEn: optionalText(800),
});

const gradeBandSchema = z.object({ grade: text(20), min: points() });

// Empty is allowed (draft); rubricProblems() reports it as `noBands`.
const bandsSchema = z.array(gradeBandSchema).superRefine((bands, ctx) => {
  const seen = new Set<string>();
  bands.forEach((band, i) => {
    if (seen.has(band.grade)) {
      ctx.addIssue({ code: 'custom', message: 'v.rubricGradeTwice', params: { grade: band.grade }, path: [i, 'grade'] });
    }
    seen.add(band.grade);
    // Strictly descending: an equal min would make the lower band unreachable.
    if (i > 0 && toHundredths(band.min) >= toHundredths(bands[i - 1]!.min)) {
      ctx.addIssue({ code: 'custom', message: 'v.rubricBandOrder', path: [i, 'min'] });
    }
  });
  const last = bands.at(-1);
  // Every score must land in some band, so the lowest band starts at 0.
  if (last && toHundredths(last.min) !== 0) {
    ctx.addIssue({ code: 'custom', message: 'v.rubricBandFloor', path: [bands.length - 1, 'min'] });
  }
});

const gradesSchema = z.object(Object.fromEntries(GROUPS.map((g) => [g, bandsSchema])) as Record<Group, typeof bandsSchema>);

/** Base points, bonus cap, each group's grade bands and the top-grade quota: the rubric's settings form. */
export const settingsSchema = z.object({
  basePoints: positivePoints(),
  bonusCap: points(),
  grades: gradesSchema,
  excellentQuotaPercent: z.number().min(0).max(100).refine(hasAtMostTwoDecimals, 'v.rubricDecimals').nullable().optional(),
});

/** A year-end assessment rubric (年度考核指标及评分标准), as stored and as edited. Unknown keys (`about`) are stripped. */
export const rubricSchema = z
  .object({
    year: z.number().int('v.integer').min(2000).max(2100),
    ...settingsSchema.shape,
    categories: z.array(categorySchema),
    bonus: z.array(bonusSchema),
    veto: z.array(vetoSchema),
  })
  .superRefine((r, ctx) => {
    // One namespace for all codes: score sheets key inputs, bonus counts and vetoes by code alone.
    const seen = new Set<string>();
    const check = (c: string, path: (string | number)[]) => {
      if (seen.has(c)) ctx.addIssue({ code: 'custom', message: 'v.rubricCodeTwice', params: { code: c }, path });
      seen.add(c);
    };
    r.categories.forEach((cat, ci) => {
      check(cat.code, ['categories', ci, 'code']);
      cat.indicators.forEach((ind, ii) => check(ind.code, ['categories', ci, 'indicators', ii, 'code']));
    });
    r.bonus.forEach((b, i) => check(b.code, ['bonus', i, 'code']));
    r.veto.forEach((v, i) => check(v.code, ['veto', i, 'code']));
  });

/** A validated rubric. */
export type Rubric = z.infer<typeof rubricSchema>;
/** One scoring category (一级指标) with its indicators. */
export type Category = Rubric['categories'][number];
/** One scored indicator (二级指标). */
export type Indicator = Category['indicators'][number];
/** A bonus item (加分项), counted per occurrence under the rubric's shared cap. */
export type BonusItem = Rubric['bonus'][number];
/** A veto item (一票否决): any one of them grades the unit at the lowest band. */
export type VetoItem = Rubric['veto'][number];
/** A grade band: units scoring at least `min` get `grade`. */
export type GradeBand = z.infer<typeof gradeBandSchema>;

/** Why a schema-valid rubric cannot be used for scoring yet. Points are in points (two decimals). */
export type RubricProblem =
  | { kind: 'categorySum'; category: string; expected: number; actual: number }
  | { kind: 'baseSum'; expected: number; actual: number }
  | { kind: 'noIndicators'; category: string }
  | { kind: 'noBands'; group: Group };

/**
 * Checks that a rubric adds up: each category's indicators sum to its points, the categories sum to
 * `basePoints`, and every group has grade bands. Sums are compared in integer hundredths.
 */
export function rubricProblems(r: Rubric): RubricProblem[] {
  const problems: RubricProblem[] = [];
  let base = 0;
  for (const cat of r.categories) {
    base += toHundredths(cat.points);
    if (cat.indicators.length === 0) {
      problems.push({ kind: 'noIndicators', category: cat.code });
      continue;
    }
    const sum = cat.indicators.reduce((s, ind) => s + toHundredths(ind.points), 0);
    if (sum !== toHundredths(cat.points)) {
      problems.push({ kind: 'categorySum', category: cat.code, expected: cat.points, actual: fromHundredths(sum) });
    }
  }
  if (base !== toHundredths(r.basePoints)) {
    problems.push({ kind: 'baseSum', expected: r.basePoints, actual: fromHundredths(base) });
  }
  for (const group of GROUPS) {
    if (r.grades[group].length === 0) problems.push({ kind: 'noBands', group });
  }
  return problems;
}
