import type { IndicatorInput, UnitFacts, UnitSheet } from '@/lib/scoring/compute';
import type { Indicator, Rubric } from '@/lib/scoring/rubric';
import { countProblem, percentFromRate, rateFromPercent, ruleEntry, type RuleType } from '@/lib/scoring/rules';
import type { MessageRef } from '@/lib/validation/issues';

// Message keys carry their namespace (`v.number`, `assessment.errors.…`): the same ref works as a zod
// issue message and as an ActionError.
// Pure: what the assessors entered for one unit, as stored (JSON on assessment_units) and as posted
// by the scoring form, turned into the scoring module's UnitSheet. No database here.

/**
 * One indicator's stored input: the rule's input and the assessors' reason. `override` replaces a
 * value the app computed (today a rate) and always has a reason.
 */
export type StoredInput = (IndicatorInput & { reason: string | null }) | { kind: 'override'; rate: number; reason: string };

export interface StoredBonus {
  count: number;
  reason: string | null;
}

export interface StoredVeto {
  reason: string;
}

export interface StoredSheet {
  inputs: Record<string, StoredInput>;
  bonus: Record<string, StoredBonus>;
  vetoes: Record<string, StoredVeto>;
}

export const COMPUTED_SOURCES = ['onTimeReportRate', 'completionRate'] as const;
export type ComputedSource = (typeof COMPUTED_SOURCES)[number];

/** A rate the app computed from its own data: `part` of `whole`; rate null when there is nothing to count. */
export interface ComputedRate {
  source: ComputedSource;
  rate: number | null;
  part: number;
  whole: number;
}

/** Longest reason an assessor may give. */
export const MAX_REASON = 1000;

export function allIndicators(rubric: Rubric): Indicator[] {
  return rubric.categories.flatMap((c) => c.indicators);
}

/** The data source of an indicator whose rate the app computes, or null (entered by the assessors). */
export function computedSource(ind: Indicator): ComputedSource | null {
  const source = 'source' in ind.rule ? ind.rule.source : undefined;
  return (COMPUTED_SOURCES as readonly unknown[]).includes(source) ? (source as ComputedSource) : null;
}

/** The rule's input out of a stored one (reason and stray keys left behind); `kind` may be `override`. */
function inputOf(type: RuleType, stored: Record<string, unknown>): IndicatorInput {
  const values = ruleEntry(type).inputs.map((f) => [f.key, stored[f.key]]);
  return { kind: type, ...Object.fromEntries(values) } as IndicatorInput;
}

export function appliesByRubric(ind: Indicator, unit: Pick<UnitFacts, 'enforcement'>): boolean {
  return ind.appliesTo === 'all' || unit.enforcement;
}

/**
 * The scoring module's sheet for one unit. A computed rate is used unless the assessors overrode it;
 * a computed rate with no data (null) and no override makes the indicator not apply (normalisation).
 */
export function buildUnitSheet(rubric: Rubric, unit: UnitFacts, stored: StoredSheet, computed: Record<string, ComputedRate>): UnitSheet {
  const inputs: Record<string, IndicatorInput> = {};
  const notApplicable: string[] = [];
  for (const ind of allIndicators(rubric)) {
    if (!appliesByRubric(ind, unit)) continue;
    const s = stored.inputs[ind.code];
    const source = computedSource(ind);
    if (source) {
      const rate = s?.kind === 'override' ? s.rate : (computed[ind.code]?.rate ?? null);
      if (rate === null) notApplicable.push(ind.code);
      else inputs[ind.code] = inputOf(ind.rule.type, { rate });
      continue;
    }
    if (s?.kind === ind.rule.type) inputs[ind.code] = inputOf(ind.rule.type, s);
  }
  const bonusCodes = new Set(rubric.bonus.map((b) => b.code));
  const vetoCodes = new Set(rubric.veto.map((v) => v.code));
  const bonus = Object.fromEntries(Object.entries(stored.bonus).filter(([c, b]) => bonusCodes.has(c) && b.count > 0).map(([c, b]) => [c, b.count]));
  const vetoed = Object.keys(stored.vetoes).filter((c) => vetoCodes.has(c));
  return { unit, inputs, bonus, vetoed, notApplicable };
}

// A unit's self score is points on an indicator, as the assessors' judgment is.
const SELF_RULE = { type: 'judgment' } as const satisfies Indicator['rule'];

/** The rubric with every indicator judged, so self scores (points per indicator) go through the same module. */
export function selfRubric(rubric: Rubric): Rubric {
  return { ...rubric, categories: rubric.categories.map((c) => ({ ...c, indicators: c.indicators.map((i) => ({ ...i, rule: SELF_RULE })) })) };
}

/** A unit's self scores as a sheet for selfRubric(), with the same indicators dropped as its real sheet. */
export function buildSelfSheet(rubric: Rubric, unit: UnitFacts, scores: Record<string, number | null>, notApplicable: string[]): UnitSheet {
  const inputs: Record<string, IndicatorInput> = {};
  for (const ind of allIndicators(rubric)) {
    const v = scores[ind.code];
    if (v != null && appliesByRubric(ind, unit)) inputs[ind.code] = { kind: SELF_RULE.type, value: v };
  }
  return { unit, inputs, bonus: {}, vetoed: [], notApplicable };
}

// ---------------------------------------------------------------------------
// The scoring form: each rule's input fields are `ind.<code>.<part>` (the registry names the parts:
// `n` occurrences, `rate` a rate or an override of a computed one — typed as a percentage, 85 for
// 85%, and stored as the rate 0.85 — `value` a judgment), with
// `ind.<code>.reason`; `bonus.<code>.count`, `bonus.<code>.reason`; `veto.<code>` (checkbox),
// `veto.<code>.reason`.

export const field = {
  input: (code: string, part: string) => `ind.${code}.${part}`,
  reason: (code: string) => `ind.${code}.reason`,
  bonusCount: (code: string) => `bonus.${code}.count`,
  bonusReason: (code: string) => `bonus.${code}.reason`,
  veto: (code: string) => `veto.${code}`,
  vetoReason: (code: string) => `veto.${code}.reason`,
};

type Num = { ok: true; value: number | null } | { ok: false; error: MessageRef };

function text(raw: Record<string, unknown>, name: string): string {
  const v = raw[name];
  return typeof v === 'string' ? v.trim() : '';
}

function number(raw: Record<string, unknown>, name: string, percent = false): Num {
  let t = text(raw, name).replace(/，/g, ',');
  // A percentage may be typed with its sign (85%, 85％).
  if (percent) t = t.replace(/\s*[%％]$/, '');
  if (t === '') return { ok: true, value: null };
  const n = Number(t);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: { key: 'v.number' } };
}

/**
 * Reads the posted scoring form against the rubric: every field with a problem gets its message (all
 * at once, so the assessor sees every mistake), otherwise the sheet to store. A blank input means "not
 * scored yet" (saving work in progress is allowed); indicators that don't apply to the unit are ignored.
 */
export function parseSheetForm(
  rubric: Rubric,
  unit: Pick<UnitFacts, 'enforcement'>,
  raw: Record<string, unknown>,
): { ok: true; sheet: StoredSheet } | { ok: false; errors: Record<string, MessageRef> } {
  const errors: Record<string, MessageRef> = {};
  const sheet: StoredSheet = { inputs: {}, bonus: {}, vetoes: {} };
  const reasonOf = (name: string): string | null => {
    const r = text(raw, name);
    if (r.length > MAX_REASON) {
      errors[name] = { key: 'v.tooLong', values: { max: MAX_REASON } };
      return null;
    }
    return r || null;
  };

  for (const ind of allIndicators(rubric)) {
    if (!appliesByRubric(ind, unit)) continue;
    const reasonField = field.reason(ind.code);
    const reason = reasonOf(reasonField);
    const rule = ruleEntry(ind.rule.type);
    const values: Record<string, number> = {};
    const blank: string[] = [];
    let bad = false;
    for (const f of rule.inputs) {
      const name = field.input(ind.code, f.part);
      const n = number(raw, name, f.percent);
      const problem = !n.ok ? n.error : n.value === null ? null : f.problem(n.value, ind.points);
      if (problem) {
        errors[name] = problem;
        bad = true;
      } else if (n.ok && n.value !== null) values[f.key] = f.percent ? rateFromPercent(n.value) : n.value;
      else blank.push(name);
    }
    // All blank: not scored yet. Some blank (a rule with several inputs): each blank one is required.
    if (blank.length === rule.inputs.length) continue;
    for (const name of blank) errors[name] = { key: 'v.required' };
    if (bad || blank.length > 0) continue;
    const computed = computedSource(ind) !== null;
    const input = inputOf(ind.rule.type, values);
    const needed = computed ? 'assessment.errors.overrideReason' : rule.reasonRequired(values);
    if (needed && !reason) errors[reasonField] ??= { key: needed };
    else if (computed) sheet.inputs[ind.code] = { kind: 'override', ...values, reason: reason! } as StoredInput;
    else sheet.inputs[ind.code] = { ...input, reason };
  }

  for (const b of rubric.bonus) {
    const reason = reasonOf(field.bonusReason(b.code));
    const n = number(raw, field.bonusCount(b.code));
    if (!n.ok) errors[field.bonusCount(b.code)] = n.error;
    else if (n.value !== null && n.value !== 0) {
      const p = countProblem(n.value);
      if (p) errors[field.bonusCount(b.code)] = p;
      else if (!reason) errors[field.bonusReason(b.code)] ??= { key: 'assessment.errors.bonusReason' };
      else sheet.bonus[b.code] = { count: n.value, reason };
    }
  }

  for (const v of rubric.veto) {
    const reason = reasonOf(field.vetoReason(v.code));
    const on = ['on', 'true', '1'].includes(text(raw, field.veto(v.code)));
    if (!on) continue;
    if (!reason) errors[field.vetoReason(v.code)] ??= { key: 'assessment.errors.vetoReason' };
    else sheet.vetoes[v.code] = { reason };
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, sheet };
}

/** The scoring form's fields for a stored sheet (field name → text; empty fields left out): parseSheetForm's inverse. */
export function sheetFormValues(rubric: Rubric, stored: StoredSheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ind of allIndicators(rubric)) {
    const s = stored.inputs[ind.code];
    if (!s) continue;
    if (s.reason) out[field.reason(ind.code)] = s.reason;
    if (s.kind !== ind.rule.type && s.kind !== 'override') continue;
    for (const f of ruleEntry(ind.rule.type).inputs) {
      const v = (s as Record<string, unknown>)[f.key];
      if (typeof v === 'number') out[field.input(ind.code, f.part)] = String(f.percent ? percentFromRate(v) : v);
    }
  }
  for (const [code, b] of Object.entries(stored.bonus)) {
    out[field.bonusCount(code)] = String(b.count);
    if (b.reason) out[field.bonusReason(code)] = b.reason;
  }
  for (const [code, v] of Object.entries(stored.vetoes)) {
    out[field.veto(code)] = 'on';
    out[field.vetoReason(code)] = v.reason;
  }
  return out;
}

/** A stored sheet read back from JSON columns; anything malformed is dropped rather than trusted. */
export function storedSheetOf(row: { inputs: unknown; bonus: unknown; vetoes: unknown }): StoredSheet {
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, never>) : {});
  return { inputs: obj(row.inputs), bonus: obj(row.bonus), vetoes: obj(row.vetoes) };
}

/** How many of the unit's applicable indicators have an input (computed rates count as entered). */
export function sheetProgress(rubric: Rubric, unit: Pick<UnitFacts, 'enforcement'>, stored: StoredSheet): { entered: number; total: number } {
  let entered = 0;
  let total = 0;
  for (const ind of allIndicators(rubric)) {
    if (!appliesByRubric(ind, unit)) continue;
    total++;
    if (computedSource(ind) || stored.inputs[ind.code]) entered++;
  }
  return { entered, total };
}
