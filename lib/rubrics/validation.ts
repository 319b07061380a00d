import { z } from 'zod';
import { GROUPS, type Group } from '@/lib/scoring/groups';
import { APPLIES_TO, bonusSchema, categorySchema, indicatorSchema, settingsSchema, vetoSchema, type Rubric } from '@/lib/scoring/rubric';
import { PARAM_NAMES, RULE_TYPES, numberFromForm, ruleFromForm, type ParamName } from '@/lib/scoring/rules';
import { intIn } from '@/lib/validation/fields';
import { BAND_ROWS, bandField } from './band-fields';
import { PARSE_OPTIONS, issueMessage } from '@/lib/validation/issues';

// Each item form is checked by the rubric's own item schema (lib/scoring/rubric.ts); its issues are
// reported on the form's own fields.

const raw = () => z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string());
const num = numberFromForm;
const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/**
 * Parses a form's item with its schema; on failure reports each issue on the form's field (`rename`
 * maps the issue's path to it) and returns null.
 */
function check<S extends z.ZodType>(schema: S, candidate: unknown, ctx: z.RefinementCtx, rename: (path: (string | number)[]) => string = (path) => path.join('.')): z.output<S> | null {
  const parsed = schema.safeParse(candidate, PARSE_OPTIONS);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const ref = issueMessage(issue);
    ctx.addIssue({
      code: 'custom',
      message: ref.key.includes('.') ? ref.key : `v.${ref.key}`,
      params: ref.values,
      path: [rename(issue.path as (string | number)[]) || '_form'],
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
    const item = check(categorySchema, { code: v.code, title: v.title, titleEn: opt(v.titleEn), points: num(v.points), indicators: [] }, ctx);
    if (!item) return z.NEVER;
    return { year: v.year, version: v.version, originalCode: v.originalCode, item };
  });

/** Every rule type's parameters are posted flat beside the indicator's fields (`perOccurrence`, `source`). */
const paramFields = Object.fromEntries(PARAM_NAMES.map((name) => [name, raw()])) as Record<ParamName, ReturnType<typeof raw>>;

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
    ...paramFields,
    criteria: raw(),
    criteriaEn: raw(),
    evidence: raw(),
    evidenceEn: raw(),
    appliesTo: z.enum(APPLIES_TO, { error: 'v.choose' }),
  })
  .transform((v, ctx) => {
    const candidate = {
      code: v.code,
      title: v.title,
      titleEn: opt(v.titleEn),
      points: num(v.points),
      rule: ruleFromForm(v.ruleType, v),
      criteria: v.criteria,
      criteriaEn: opt(v.criteriaEn),
      evidence: v.evidence,
      evidenceEn: opt(v.evidenceEn),
      appliesTo: v.appliesTo,
    };
    // A parameter's issue lands on its own field; any other issue of the rule on the rule type.
    const rename = (path: (string | number)[]) =>
      path[0] !== 'rule' ? path.join('.') : (PARAM_NAMES as (string | number | undefined)[]).includes(path[1]) ? String(path[1]) : 'ruleType';
    const item = check(indicatorSchema, candidate, ctx, rename);
    if (!item) return z.NEVER;
    return { year: v.year, version: v.version, originalCode: v.originalCode, categoryCode: v.categoryCode, item };
  });

export const bonusFormSchema = z
  .object({ ...keyFields, originalCode: originalCode(), code: raw(), title: raw(), titleEn: raw(), pointsEach: raw(), criteria: raw(), criteriaEn: raw() })
  .transform((v, ctx) => {
    const candidate = { code: v.code, title: v.title, titleEn: opt(v.titleEn), pointsEach: num(v.pointsEach), criteria: v.criteria, criteriaEn: opt(v.criteriaEn) };
    const item = check(bonusSchema, candidate, ctx);
    if (!item) return z.NEVER;
    return { year: v.year, version: v.version, originalCode: v.originalCode, item };
  });

export const vetoFormSchema = z
  .object({ ...keyFields, originalCode: originalCode(), code: raw(), title: raw(), titleEn: raw(), effect: raw(), effectEn: raw() })
  .transform((v, ctx) => {
    const item = check(vetoSchema, { code: v.code, title: v.title, titleEn: opt(v.titleEn), effect: v.effect, effectEn: opt(v.effectEn) }, ctx);
    if (!item) return z.NEVER;
    return { year: v.year, version: v.version, originalCode: v.originalCode, item };
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
    const grades = {} as Record<Group, unknown[]>;
    // Array index → the form row it came from, so an issue lands on the row the user typed in.
    const rows = {} as Record<Group, number[]>;
    for (const group of GROUPS) {
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
    const candidate = { basePoints: num(v.basePoints), bonusCap: num(v.bonusCap), excellentQuotaPercent: quota === undefined ? null : num(quota), grades };
    const rename = (path: (string | number)[]) => {
      if (path[0] === 'grades' && typeof path[2] === 'number') {
        const group = path[1] as Group;
        return bandField(group, rows[group][path[2]] ?? 0, path[3] === 'min' ? 'min' : 'grade');
      }
      return path.join('.');
    };
    const s = check(settingsSchema, candidate, ctx, rename);
    if (!s) return z.NEVER;
    const settings: RubricSettings = { basePoints: s.basePoints, bonusCap: s.bonusCap, excellentQuotaPercent: s.excellentQuotaPercent ?? null, grades: s.grades };
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
