import { z } from 'zod';
import { RUBRIC_GROUPS, rubricSchema, type BonusItem, type Category, type GradeBand, type Indicator, type Rubric, type VetoItem } from '@/lib/scoring/rubric';
import { intIn } from '@/lib/validation/fields';
import { BAND_ROWS, bandField } from './band-fields';
import { PARSE_OPTIONS, issueMessage } from '@/lib/validation/issues';

// Each item form is checked by the one rubric schema (lib/scoring/rubric.ts): the item is wrapped in
// a minimal rubric, parsed, and the issues under the item are reported on the form's own fields.

const raw = () => z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string());
/** Form text → number for the rubric schema: blank → undefined ("required"), non-numbers stay text ("not a number"). */
const num = (v: string): unknown => {
  const t = v.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
};
const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

const WRAP_CODE = '0-item-wrapper';
function wrapper(part: Partial<Rubric>): Record<string, unknown> {
  return { year: 2000, basePoints: 100, bonusCap: 0, grades: { city: [], township: [] }, excellentQuotaPercent: null, categories: [], bonus: [], veto: [], ...part };
}

/**
 * Parses a wrapped item with the rubric schema; on failure re-reports each issue under `prefix` on the
 * form's field (`rename` maps the rest of the path) and anything else on the form, and returns null.
 */
function check(
  candidate: Record<string, unknown>,
  prefix: (string | number)[],
  ctx: z.RefinementCtx,
  rename: (rest: (string | number)[]) => string = (rest) => rest.join('.'),
): Rubric | null {
  const parsed = rubricSchema.safeParse(candidate, PARSE_OPTIONS);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const under = prefix.every((p, i) => issue.path[i] === p);
    const ref = issueMessage(issue);
    ctx.addIssue({
      code: 'custom',
      message: ref.key.includes('.') ? ref.key : `v.${ref.key}`,
      params: ref.values,
      path: [(under && rename(issue.path.slice(prefix.length) as (string | number)[])) || '_form'],
    });
  }
  return null;
}

const keyFields = { year: intIn(2000, 2100), version: intIn(1, 1_000_000_000) };
/** The code an item had when its form was opened; blank for a new item. */
const originalCode = () => z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null), z.string().max(32).nullable());

export const categoryFormSchema = z
  .object({ ...keyFields, originalCode: originalCode(), code: raw(), title: raw(), titleEn: raw(), points: raw() })
  .transform((v, ctx) => {
    const candidate = { code: v.code, title: v.title, titleEn: opt(v.titleEn), points: num(v.points), indicators: [] };
    const r = check(wrapper({ categories: [candidate as never] }), ['categories', 0], ctx);
    if (!r) return z.NEVER;
    return { year: v.year, version: v.version, originalCode: v.originalCode, item: r.categories[0]! as Category };
  });

const RULE_TYPES = ['deduct', 'rate', 'judgment'] as const;

export const indicatorFormSchema = z
  .object({
    ...keyFields,
    originalCode: originalCode(),
    categoryCode: z.string().trim().min(1, 'v.choose').max(32),
    code: raw(),
    title: raw(),
    titleEn: raw(),
    points: raw(),
    ruleType: z.enum(RULE_TYPES, { error: 'v.rubricRuleType' }),
    perOccurrence: raw(),
    source: raw(),
    criteria: raw(),
    criteriaEn: raw(),
    evidence: raw(),
    evidenceEn: raw(),
    appliesTo: z.enum(['all', 'enforcement'], { error: 'v.choose' }),
  })
  .transform((v, ctx) => {
    const rule =
      v.ruleType === 'deduct'
        ? { type: 'deduct', perOccurrence: num(v.perOccurrence) }
        : v.ruleType === 'rate'
          ? { type: 'rate', source: opt(v.source) ?? 'manual' }
          : { type: 'judgment' };
    const candidate = {
      code: v.code,
      title: v.title,
      titleEn: opt(v.titleEn),
      points: num(v.points),
      rule,
      criteria: v.criteria,
      criteriaEn: opt(v.criteriaEn),
      evidence: v.evidence,
      evidenceEn: opt(v.evidenceEn),
      appliesTo: v.appliesTo,
    };
    const wrapped = wrapper({ categories: [{ code: WRAP_CODE, title: 'x', points: 0, indicators: [candidate as never] }] });
    const rename = (rest: (string | number)[]) => (rest[0] === 'rule' ? (rest[1] === 'perOccurrence' ? 'perOccurrence' : rest[1] === 'source' ? 'source' : 'ruleType') : rest.join('.'));
    const r = check(wrapped, ['categories', 0, 'indicators', 0], ctx, rename);
    if (!r) return z.NEVER;
    const item = r.categories[0]!.indicators[0]! as Indicator;
    return { year: v.year, version: v.version, originalCode: v.originalCode, categoryCode: v.categoryCode, item };
  });

export const bonusFormSchema = z
  .object({ ...keyFields, originalCode: originalCode(), code: raw(), title: raw(), titleEn: raw(), pointsEach: raw(), criteria: raw(), criteriaEn: raw() })
  .transform((v, ctx) => {
    const candidate = { code: v.code, title: v.title, titleEn: opt(v.titleEn), pointsEach: num(v.pointsEach), criteria: v.criteria, criteriaEn: opt(v.criteriaEn) };
    const wrapped = wrapper({ bonus: [candidate as never] });
    const r = check(wrapped, ['bonus', 0], ctx);
    if (!r) return z.NEVER;
    return { year: v.year, version: v.version, originalCode: v.originalCode, item: r.bonus[0]! as BonusItem };
  });

export const vetoFormSchema = z
  .object({ ...keyFields, originalCode: originalCode(), code: raw(), title: raw(), titleEn: raw(), effect: raw(), effectEn: raw() })
  .transform((v, ctx) => {
    const candidate = { code: v.code, title: v.title, titleEn: opt(v.titleEn), effect: v.effect, effectEn: opt(v.effectEn) };
    const wrapped = wrapper({ veto: [candidate as never] });
    const r = check(wrapped, ['veto', 0], ctx);
    if (!r) return z.NEVER;
    return { year: v.year, version: v.version, originalCode: v.originalCode, item: r.veto[0]! as VetoItem };
  });

export interface RubricSettings {
  basePoints: number;
  bonusCap: number;
  excellentQuotaPercent: number | null;
  grades: Rubric['grades'];
}

/** Base points, bonus cap, top-grade quota and each group's bands; blank band rows are left out. */
export const settingsFormSchema = z
  .object({ ...keyFields, basePoints: raw(), bonusCap: raw(), excellentQuotaPercent: raw() })
  .catchall(z.unknown())
  .transform((v, ctx) => {
    const text = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : '');
    const grades = {} as Record<(typeof RUBRIC_GROUPS)[number], unknown[]>;
    // Array index → the form row it came from, so an issue lands on the row the user typed in.
    const rows = {} as Record<(typeof RUBRIC_GROUPS)[number], number[]>;
    for (const group of RUBRIC_GROUPS) {
      grades[group] = [];
      rows[group] = [];
      for (let row = 0; row < BAND_ROWS; row++) {
        const grade = text(bandField(group, row, 'grade'));
        const min = text(bandField(group, row, 'min'));
        if (grade.trim() === '' && min.trim() === '') continue;
        grades[group].push({ grade, min: num(min) });
        rows[group].push(row);
      }
    }
    const quota = opt(v.excellentQuotaPercent);
    const wrapped = wrapper({
      basePoints: num(v.basePoints) as number,
      bonusCap: num(v.bonusCap) as number,
      excellentQuotaPercent: quota === undefined ? null : (num(quota) as number),
      grades: grades as never,
    });
    const rename = (rest: (string | number)[]) => {
      if (rest[0] === 'grades' && typeof rest[2] === 'number') {
        const group = rest[1] as (typeof RUBRIC_GROUPS)[number];
        return bandField(group, rows[group][rest[2]] ?? 0, rest[3] === 'min' ? 'min' : 'grade');
      }
      return rest.join('.');
    };
    const r = check(wrapped, [], ctx, rename);
    if (!r) return z.NEVER;
    const settings: RubricSettings = { basePoints: r.basePoints, bonusCap: r.bonusCap, excellentQuotaPercent: r.excellentQuotaPercent ?? null, grades: r.grades as { city: GradeBand[]; township: GradeBand[] } };
    return { year: v.year, version: v.version, settings };
  });

export const removeItemSchema = z.object({
  ...keyFields,
  kind: z.enum(['category', 'indicator', 'bonus', 'veto']),
  code: z.string().trim().min(1).max(32),
});

export const createRubricSchema = z.object({
  year: intIn(2000, 2100),
  copyFromYear: z.preprocess((v) => (v === '' || v === undefined ? null : v), intIn(2000, 2100).nullable()),
});

/** A rubric as JSON, from an uploaded file or pasted text; checked in full in the action. */
export const importRubricSchema = z.object({
  year: intIn(2000, 2100),
  version: z.preprocess((v) => (v === '' || v === undefined ? null : v), intIn(1, 1_000_000_000).nullable()),
  file: z.preprocess((v) => (v instanceof File && v.size > 0 ? v : null), z.instanceof(File).nullable()),
  text: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v : null), z.string().max(2_000_000).nullable()),
});
