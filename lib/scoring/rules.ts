import { z } from 'zod';
import type { MessageRef } from '../validation/issues';
import { divideHalfUp, hasAtMostTwoDecimals, toHundredths } from './hundredths';

// The rule registry: one entry per way an indicator is scored. An entry holds everything the app
// knows about its rule type — the parameters' schema and how the rubric editor shows them, the
// assessors' input on the score sheet (its fields, checks and how it reads back), the points earned,
// and its labels — so a new rule type is one entry here plus its tests. Message keys carry their
// namespace (`assessment.…`, `v.…`).

/** Where a `rate` indicator's value comes from: computed by the app, or entered by the assessors. */
export const RATE_SOURCES = ['onTimeReportRate', 'completionRate', 'manual'] as const;

/** More occurrences or bonus items than this is a typing mistake. */
export const MAX_COUNT = 1000;

// Rates are read to 8 decimals as an exact integer fraction; callers pass at most 4.
const RATE_SCALE = 100_000_000;

/** Points with at most two decimals, ≥ 0. Range issues carry no message: lib/validation/issues maps them by code. */
export const pointsSchema = () => z.number().min(0).refine(hasAtMostTwoDecimals, 'v.rubricDecimals');
/** Points with at most two decimals, > 0. */
export const positivePointsSchema = () => z.number().gt(0, 'v.rubricPositive').refine(hasAtMostTwoDecimals, 'v.rubricDecimals');

/**
 * A rate as the assessors type it: a percentage in [0, 100] with at most two decimals (85, 85.5),
 * which is the scoring module's four-decimal rate in [0, 1]. Or the problem.
 */
export function percentProblem(percent: number): MessageRef | null {
  if (percent < 0 || percent > 100) return { key: 'assessment.errors.rateRange' };
  if (!hasAtMostTwoDecimals(percent)) return { key: 'assessment.errors.rateDecimals' };
  return null;
}

/** A typed percentage (at most two decimals) as the stored rate: 85 → 0.85, 33.33 → 0.3333, exactly. */
export function rateFromPercent(percent: number): number {
  return Math.round(percent * 100) / 10_000;
}

/** A stored rate as the percentage the assessors type and read: 0.85 → 85, 0.3333 → 33.33. */
export function percentFromRate(rate: number): number {
  return Math.round(rate * 10_000) / 100;
}

/** A score of an indicator worth `points`: in [0, points], at most two decimals, or the problem. */
export function scoreProblem(value: number, points: number): MessageRef | null {
  if (value < 0 || value - points > 1e-9) return { key: 'assessment.errors.scoreRange', values: { max: points } };
  if (!hasAtMostTwoDecimals(value)) return { key: 'v.rubricDecimals' };
  return null;
}

/** A count of occurrences or items: a whole number in [0, MAX_COUNT], or the problem. */
export function countProblem(n: number, negative = 'assessment.errors.negativeCount'): MessageRef | null {
  if (!Number.isInteger(n)) return { key: 'v.integer' };
  if (n < 0) return { key: negative };
  if (n > MAX_COUNT) return { key: 'v.max', values: { max: MAX_COUNT } };
  return null;
}

/** A rule parameter as the rubric editor shows it: a number typed in, or a choice with a fallback. */
export type ParamField<N extends string = string> =
  | { name: N; kind: 'number'; label: string; hint?: string }
  | { name: N; kind: 'choice'; label: string; hint?: string; options: readonly string[]; optionLabel: string; fallback: string };

/** One number the assessors enter on the score sheet, in the form field `ind.<code>.<part>`. */
export interface InputField<K extends string = string> {
  /** The property of the input it fills (`occurrences`). */
  key: K;
  part: string;
  label: (points: number) => MessageRef;
  hint?: string;
  /** What a sheet nobody has saved yet shows. */
  initial?: string;
  /** Checks the value as typed in the form (for a percentage, 0–100). */
  problem: (value: number, points: number) => MessageRef | null;
  /**
   * Typed as a percentage (shown with a % suffix) and stored as a rate: the form's value is read
   * through rateFromPercent and a stored one shown through percentFromRate. Stored sheets keep rates.
   */
  percent?: boolean;
}

/** How an entered input reads on a read-only sheet. */
export type Shown = MessageRef | { percent: number } | { text: string };

type RuleOf<T extends string, S extends z.ZodRawShape> = { type: T } & z.output<z.ZodObject<S>>;

interface RuleSpec<T extends string, S extends z.ZodRawShape, N extends string, K extends string> {
  type: T;
  /** The rule type's name in the rubric editor's choice. */
  label: string;
  params: S;
  paramFields: readonly ParamField<N>[];
  /** The rule in words: `label`, and a more specific `detail` where there is one (the sheet shows the latter). */
  describe: (rule: RuleOf<T, S>) => { label: MessageRef; detail?: MessageRef };
  inputs: readonly InputField<K>[];
  /** Points earned in integer hundredths of an indicator worth `points` hundredths; RangeError on an input out of range. */
  earned: (rule: RuleOf<T, S>, points: number, input: Record<K, number>) => number;
  /** The catalog key of the message asking for a reason, when this input needs one. */
  reasonRequired: (input: Record<K, number>) => string | null;
  show: (input: Record<K, number>) => Shown;
}

function defineRule<const T extends string, S extends z.ZodRawShape, const N extends string = never, const K extends string = never>(spec: RuleSpec<T, S, N, K>) {
  return { ...spec, schema: z.object({ type: z.literal(spec.type), ...spec.params }) };
}

/** The rule types, in the order the rubric editor offers them (the first is the default). */
export const RULES = {
  deduct: defineRule({
    type: 'deduct',
    label: 'rubric.ruleTypes.deduct',
    params: { perOccurrence: positivePointsSchema() },
    paramFields: [{ name: 'perOccurrence', kind: 'number', label: 'rubric.perOccurrence', hint: 'rubric.perOccurrenceHint' }],
    describe: (rule) => ({ label: { key: 'assessment.rule.deduct', values: { per: rule.perOccurrence } } }),
    inputs: [
      {
        key: 'occurrences',
        part: 'n',
        label: () => ({ key: 'assessment.sheet.occurrences' }),
        initial: '0',
        problem: (n) => countProblem(n, 'assessment.errors.negativeOccurrences'),
      },
    ],
    // 扣完为止: deductions stop at zero. Compared before multiplying so huge counts can't overflow.
    earned(rule, points, { occurrences: n }) {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`occurrences ${n}`);
      const per = toHundredths(rule.perOccurrence);
      return n >= Math.ceil(points / per) ? 0 : points - per * n;
    },
    reasonRequired: (input) => (input.occurrences > 0 ? 'assessment.errors.deductReason' : null),
    show: (input) => ({ key: 'assessment.sheet.deducted', values: { count: input.occurrences } }),
  }),

  rate: defineRule({
    type: 'rate',
    label: 'rubric.ruleTypes.rate',
    params: { source: z.enum(RATE_SOURCES).optional() },
    paramFields: [
      { name: 'source', kind: 'choice', label: 'rubric.source', hint: 'rubric.sourceHint', options: RATE_SOURCES, optionLabel: 'assessment.rule.source', fallback: 'manual' },
    ],
    describe: (rule) => ({ label: { key: 'assessment.rule.rate' }, detail: { key: `assessment.rule.source.${rule.source ?? 'manual'}` } }),
    inputs: [{ key: 'rate', part: 'rate', label: () => ({ key: 'assessment.sheet.rate' }), hint: 'assessment.sheet.rateHint', problem: percentProblem, percent: true }],
    // The only rule that can yield more than two decimals: each line is rounded half up so the
    // published sheet's lines add up to its totals.
    earned(_rule, points, { rate }) {
      if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new RangeError(`rate ${rate}`);
      return divideHalfUp(points * Math.round(rate * RATE_SCALE), RATE_SCALE);
    },
    reasonRequired: () => null,
    show: (input) => ({ percent: input.rate }),
  }),

  judgment: defineRule({
    type: 'judgment',
    label: 'rubric.ruleTypes.judgment',
    params: {},
    paramFields: [],
    describe: () => ({ label: { key: 'assessment.rule.judgment' } }),
    inputs: [{ key: 'value', part: 'value', label: (points) => ({ key: 'assessment.sheet.value', values: { max: points } }), problem: scoreProblem }],
    // More decimals is an input mistake for the form to catch, not something to round away here.
    earned(_rule, points, { value }) {
      if (!hasAtMostTwoDecimals(value) || value < 0 || toHundredths(value) > points) throw new RangeError(`value ${value}`);
      return toHundredths(value);
    },
    reasonRequired: () => 'assessment.errors.judgmentReason',
    show: (input) => ({ text: String(input.value) }),
  }),
};

export type RuleType = keyof typeof RULES;
export const RULE_TYPES = Object.keys(RULES) as [RuleType, ...RuleType[]];

type Entry = (typeof RULES)[RuleType];
/** How an indicator is scored: one of the registry's rule types with its parameters. */
export type Rule = { [T in RuleType]: z.output<(typeof RULES)[T]['schema']> }[RuleType];
/** The assessors' input for one indicator; its kind is the indicator's rule type. */
export type IndicatorInput = { [T in RuleType]: { kind: T } & Record<(typeof RULES)[T]['inputs'][number]['key'], number> }[RuleType];
/** The form field names of every rule parameter (the rubric editor posts them all, flat). */
export type ParamName = Entry['paramFields'][number]['name'];

/** Every rule with its parameters, as the rubric stores it. */
export const ruleSchema = z.discriminatedUnion('type', Object.values(RULES).map((r) => r.schema) as [Entry['schema'], ...Entry['schema'][]], {
  error: 'v.rubricRuleType',
});

/** A registry entry with its types widened, for callers that dispatch on a rule's type. */
export type RuleEntry = RuleSpec<RuleType, z.ZodRawShape, string, string>;

/** The entry of a rule type. Each entry is only ever handed rules and inputs of its own type. */
export function ruleEntry(type: RuleType): RuleEntry {
  return RULES[type] as unknown as RuleEntry;
}

/** Every parameter field name, each once. */
export const PARAM_NAMES = [...new Set(Object.values(RULES).flatMap((r) => r.paramFields.map((p) => p.name)))] as ParamName[];

/** Form text → number for a schema: blank → undefined ("required"), text that is no number stays text ("not a number"). */
export function numberFromForm(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
}

/** A rule parameter's form text as the rule schema reads it; a blank choice is its fallback. */
export function paramFromForm(field: ParamField, text: string): unknown {
  if (field.kind === 'choice') return text.trim() || field.fallback;
  return numberFromForm(text);
}

/** The rule a rubric-editor form describes, to be checked by the rule schema. */
export function ruleFromForm(type: RuleType, form: Partial<Record<ParamName, string>>): Record<string, unknown> {
  return { type, ...Object.fromEntries(ruleEntry(type).paramFields.map((p) => [p.name, paramFromForm(p, form[p.name as ParamName] ?? '')])) };
}

/** What the rubric editor shows in a parameter's field for a stored rule (of this or another type). */
export function paramToForm(field: ParamField, type: RuleType, rule: Rule | undefined): string {
  const stored = rule?.type === type ? (rule as Record<string, unknown>)[field.name] : undefined;
  if (stored === undefined || stored === null) return field.kind === 'choice' ? field.fallback : '';
  return String(stored);
}

/** What the rubric editor needs of each rule type: plain data, so it can be handed to a client form. */
export interface RuleForm {
  type: RuleType;
  label: string;
  params: (ParamField & { value: string })[];
}

/** The rule types for the rubric editor, with each parameter's value for `rule` (the indicator edited). */
export function ruleForms(rule?: Rule): RuleForm[] {
  return RULE_TYPES.map((type) => {
    const e = ruleEntry(type);
    return { type, label: e.label, params: e.paramFields.map((p) => ({ ...p, value: paramToForm(p, type, rule) })) };
  });
}
