import type { IndicatorInput, UnitFacts, UnitSheet } from '@/lib/scoring/compute';
import { hasAtMostTwoDecimals } from '@/lib/scoring/hundredths';
import type { Indicator, Rubric } from '@/lib/scoring/rubric';
import type { MessageRef } from '@/lib/validation/issues';

// Message keys carry their namespace (`v.number`, `assessment.errors.…`): the same ref works as a zod
// issue message and as an ActionError.
// Pure: what the assessors entered for one unit, as stored (JSON on assessment_units) and as posted
// by the scoring form, turned into the scoring module's UnitSheet. No database here.

/** One indicator's stored input. `override` replaces a rate the app computed. */
export type StoredInput =
  | { kind: 'deduct'; occurrences: number; reason: string | null }
  | { kind: 'rate'; rate: number; reason: string | null }
  | { kind: 'judgment'; value: number; reason: string }
  | { kind: 'override'; rate: number; reason: string };

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
/** More occurrences or bonus items than this is a typing mistake. */
export const MAX_COUNT = 1000;

export function allIndicators(rubric: Rubric): Indicator[] {
  return rubric.categories.flatMap((c) => c.indicators);
}

/** The data source of an indicator whose rate the app computes, or null (entered by the assessors). */
export function computedSource(ind: Indicator): ComputedSource | null {
  return ind.rule.type === 'rate' && (ind.rule.source === 'onTimeReportRate' || ind.rule.source === 'completionRate') ? ind.rule.source : null;
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
      if (s?.kind === 'override') inputs[ind.code] = { kind: 'rate', rate: s.rate };
      else {
        const rate = computed[ind.code]?.rate ?? null;
        if (rate === null) notApplicable.push(ind.code);
        else inputs[ind.code] = { kind: 'rate', rate };
      }
      continue;
    }
    if (!s) continue;
    if (ind.rule.type === 'deduct' && s.kind === 'deduct') inputs[ind.code] = { kind: 'deduct', occurrences: s.occurrences };
    else if (ind.rule.type === 'rate' && s.kind === 'rate') inputs[ind.code] = { kind: 'rate', rate: s.rate };
    else if (ind.rule.type === 'judgment' && s.kind === 'judgment') inputs[ind.code] = { kind: 'judgment', value: s.value };
  }
  const bonusCodes = new Set(rubric.bonus.map((b) => b.code));
  const vetoCodes = new Set(rubric.veto.map((v) => v.code));
  const bonus = Object.fromEntries(Object.entries(stored.bonus).filter(([c, b]) => bonusCodes.has(c) && b.count > 0).map(([c, b]) => [c, b.count]));
  const vetoed = Object.keys(stored.vetoes).filter((c) => vetoCodes.has(c));
  return { unit, inputs, bonus, vetoed, notApplicable };
}

/** The rubric with every indicator judged, so self scores (points per indicator) go through the same module. */
export function selfRubric(rubric: Rubric): Rubric {
  return {
    ...rubric,
    categories: rubric.categories.map((c) => ({ ...c, indicators: c.indicators.map((i) => ({ ...i, rule: { type: 'judgment' as const } })) })),
  };
}

/** A unit's self scores as a sheet for selfRubric(), with the same indicators dropped as its real sheet. */
export function buildSelfSheet(rubric: Rubric, unit: UnitFacts, scores: Record<string, number | null>, notApplicable: string[]): UnitSheet {
  const inputs: Record<string, IndicatorInput> = {};
  for (const ind of allIndicators(rubric)) {
    const v = scores[ind.code];
    if (v != null && appliesByRubric(ind, unit)) inputs[ind.code] = { kind: 'judgment', value: v };
  }
  return { unit, inputs, bonus: {}, vetoed: [], notApplicable };
}

// ---------------------------------------------------------------------------
// The scoring form: field names are `ind.<code>.n` (occurrences), `ind.<code>.rate` (a rate, or an
// override of a computed one), `ind.<code>.value` (judgment), `ind.<code>.reason`;
// `bonus.<code>.count`, `bonus.<code>.reason`; `veto.<code>` (checkbox), `veto.<code>.reason`.

export const field = {
  n: (code: string) => `ind.${code}.n`,
  rate: (code: string) => `ind.${code}.rate`,
  value: (code: string) => `ind.${code}.value`,
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

function number(raw: Record<string, unknown>, name: string): Num {
  const t = text(raw, name).replace(/，/g, ',');
  if (t === '') return { ok: true, value: null };
  const n = Number(t);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: { key: 'v.number' } };
}

const hasAtMostFourDecimals = (x: number) => Math.abs(x * 10_000 - Math.round(x * 10_000)) < 1e-6;

/** A rate in [0, 1] with at most 4 decimals (the scoring module's precision), or the problem. */
export function rateProblem(rate: number): MessageRef | null {
  if (rate < 0 || rate > 1) return { key: 'assessment.errors.rateRange' };
  if (!hasAtMostFourDecimals(rate)) return { key: 'assessment.errors.rateDecimals' };
  return null;
}

/** A score of an indicator worth `points`: in [0, points], at most two decimals, or the problem. */
export function scoreProblem(value: number, points: number): MessageRef | null {
  if (value < 0 || value - points > 1e-9) return { key: 'assessment.errors.scoreRange', values: { max: points } };
  if (!hasAtMostTwoDecimals(value)) return { key: 'v.rubricDecimals' };
  return null;
}

function countProblem(n: number): MessageRef | null {
  if (!Number.isInteger(n)) return { key: 'v.integer' };
  if (n < 0) return { key: 'assessment.errors.negativeCount' };
  if (n > MAX_COUNT) return { key: 'v.max', values: { max: MAX_COUNT } };
  return null;
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
    const reason = reasonOf(field.reason(ind.code));
    if (ind.rule.type === 'deduct') {
      const n = number(raw, field.n(ind.code));
      if (!n.ok) errors[field.n(ind.code)] = n.error;
      else if (n.value !== null) {
        const p = countProblem(n.value);
        if (p) errors[field.n(ind.code)] = p.key === 'assessment.errors.negativeCount' ? { key: 'assessment.errors.negativeOccurrences' } : p;
        else if (n.value > 0 && !reason) errors[field.reason(ind.code)] ??= { key: 'assessment.errors.deductReason' };
        else sheet.inputs[ind.code] = { kind: 'deduct', occurrences: n.value, reason };
      }
    } else if (ind.rule.type === 'rate') {
      const r = number(raw, field.rate(ind.code));
      const computed = computedSource(ind) !== null;
      if (!r.ok) errors[field.rate(ind.code)] = r.error;
      else if (r.value !== null) {
        const p = rateProblem(r.value);
        if (p) errors[field.rate(ind.code)] = p;
        else if (computed && !reason) errors[field.reason(ind.code)] ??= { key: 'assessment.errors.overrideReason' };
        else if (computed) sheet.inputs[ind.code] = { kind: 'override', rate: r.value, reason: reason! };
        else sheet.inputs[ind.code] = { kind: 'rate', rate: r.value, reason };
      }
    } else {
      const v = number(raw, field.value(ind.code));
      if (!v.ok) errors[field.value(ind.code)] = v.error;
      else if (v.value !== null) {
        const p = scoreProblem(v.value, ind.points);
        if (p) errors[field.value(ind.code)] = p;
        else if (!reason) errors[field.reason(ind.code)] ??= { key: 'assessment.errors.judgmentReason' };
        else sheet.inputs[ind.code] = { kind: 'judgment', value: v.value, reason };
      }
    }
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
