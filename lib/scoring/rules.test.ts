import { describe, expect, it } from 'vitest';
import demoJson from '@/db/seed/rubric-2018.json';
import { loadMessages } from '@/lib/i18n/messages';
import { rubricSchema } from './rubric';
import { RULE_TYPES, percentFromRate, percentProblem, rateFromPercent, ruleEntry, ruleForms, ruleFromForm, ruleSchema, type Rule } from './rules';

const demo = rubricSchema.parse(demoJson);
const indicators = demo.categories.flatMap((c) => c.indicators);

/** The message at a dotted key, or undefined. */
function message(locale: 'zh-CN' | 'en', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], loadMessages(locale));
}

describe('the rule registry', () => {
  it('offers deduct, rate and judgment, deduct first', () => {
    expect(RULE_TYPES).toEqual(['deduct', 'rate', 'judgment']);
    expect(new Set(indicators.map((i) => i.rule.type))).toEqual(new Set(RULE_TYPES));
  });

  it('names only messages that exist in both languages', () => {
    const keys = new Set<string>();
    for (const type of RULE_TYPES) {
      const e = ruleEntry(type);
      keys.add(e.label);
      for (const p of e.paramFields) {
        keys.add(p.label);
        if (p.hint) keys.add(p.hint);
        if (p.kind === 'choice') for (const o of p.options) keys.add(`${p.optionLabel}.${o}`);
      }
      for (const f of e.inputs) {
        keys.add(f.label(4).key);
        if (f.hint) keys.add(f.hint);
      }
      const needed = e.reasonRequired(Object.fromEntries(e.inputs.map((f) => [f.key, 1])));
      if (needed) keys.add(needed);
    }
    for (const ind of indicators) {
      const { label, detail } = ruleEntry(ind.rule.type).describe(ind.rule);
      keys.add(label.key);
      if (detail) keys.add(detail.key);
    }
    expect(keys.size).toBeGreaterThan(15);
    for (const key of keys) {
      expect(typeof message('zh-CN', key), key).toBe('string');
      expect(typeof message('en', key), key).toBe('string');
    }
  });

  it('gives each input its own form field within its rule', () => {
    for (const type of RULE_TYPES) {
      const parts = ruleEntry(type).inputs.map((f) => f.part);
      expect(new Set(parts).size, type).toBe(parts.length);
      expect(parts, type).not.toContain('reason');
    }
  });
});

describe('the rubric editor’s rule fields', () => {
  it('show every demo indicator’s rule so that saving the form unchanged keeps it', () => {
    for (const ind of indicators) {
      const form = ruleForms(ind.rule).find((f) => f.type === ind.rule.type)!;
      const values = Object.fromEntries(form.params.map((p) => [p.name, p.value]));
      expect(ruleSchema.parse(ruleFromForm(ind.rule.type, values)), ind.code).toEqual(ind.rule.type === 'rate' ? { source: 'manual', ...ind.rule } : ind.rule);
    }
  });

  it('leave another type’s parameters blank (or at their fallback) and read a blank rate source as manual', () => {
    const deduct: Rule = { type: 'deduct', perOccurrence: 1.5 };
    expect(ruleForms(deduct).map((f) => [f.type, f.params.map((p) => p.value)])).toEqual([
      ['deduct', ['1.5']],
      ['rate', ['manual']],
      ['judgment', []],
    ]);
    expect(ruleFromForm('rate', { source: ' ' })).toEqual({ type: 'rate', source: 'manual' });
    // Blank and non-numeric parameters reach the schema as "required" and "not a number".
    expect(ruleSchema.safeParse(ruleFromForm('deduct', { perOccurrence: '' })).success).toBe(false);
    expect(ruleFromForm('deduct', { perOccurrence: 'x' })).toEqual({ type: 'deduct', perOccurrence: 'x' });
  });
});

describe('rates typed as percentages', () => {
  it('converts every two-decimal percentage to the four-decimal rate and back, exactly', () => {
    for (let h = 0; h <= 10_000; h++) {
      const typed = Number((h / 100).toFixed(2));
      const rate = rateFromPercent(typed);
      expect(rate).toBe(Number((h / 10_000).toFixed(4)));
      expect(percentFromRate(rate)).toBe(typed);
    }
  });

  it('accepts 0–100 with at most two decimals', () => {
    expect(percentProblem(85)).toBeNull();
    expect(percentProblem(0)).toBeNull();
    expect(percentProblem(100)).toBeNull();
    expect(percentProblem(99.99)).toBeNull();
    expect(percentProblem(120)).toEqual({ key: 'assessment.errors.rateRange' });
    expect(percentProblem(100.01)).toEqual({ key: 'assessment.errors.rateRange' });
    expect(percentProblem(-1)).toEqual({ key: 'assessment.errors.rateRange' });
    expect(percentProblem(85.125)).toEqual({ key: 'assessment.errors.rateDecimals' });
  });

  it('marks the rate rule’s input as a percentage, so the sheet converts it at the form', () => {
    expect(ruleEntry('rate').inputs.map((f) => f.percent)).toEqual([true]);
    expect(ruleEntry('deduct').inputs.every((f) => !f.percent)).toBe(true);
  });
});
