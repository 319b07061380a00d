import { describe, expect, it } from 'vitest';
import demoJson from '@/db/seed/rubric-2018.json';
import { scoreUnit } from '@/lib/scoring/compute';
import { rubricSchema } from '@/lib/scoring/rubric';
import { buildSelfSheet, buildUnitSheet, parseSheetForm, selfRubric, sheetFormValues, sheetProgress, type ComputedRate, type StoredSheet } from './sheet';

const rubric = rubricSchema.parse(demoJson);
const city = { unitId: 1, group: 'city' as const, enforcement: true };
const noPowers = { unitId: 2, group: 'city' as const, enforcement: false };
const empty: StoredSheet = { inputs: {}, bonus: {}, vetoes: {} };
const rate = (r: number | null, part = 0, whole = 0): ComputedRate => ({ source: 'onTimeReportRate', rate: r, part, whole });

describe('parseSheetForm', () => {
  it('reads each rule’s input, treating blank as not scored yet', () => {
    const r = parseSheetForm(rubric, city, {
      'ind.A1.value': '3.5',
      'ind.A1.reason': ' 综合评定 ',
      'ind.A2.n': '2',
      'ind.A2.reason': '两项未做',
      'ind.A3.n': '0',
      'ind.B1.rate': '',
      'ind.B2.rate': '75',
      'ind.B2.reason': '核实后调整',
      'ind.D2.rate': '80',
      'ind.D3.value': '',
      'bonus.G1.count': '1',
      'bonus.G1.reason': '省级推广',
      'bonus.G2.count': '0',
    });
    expect(r).toEqual({
      ok: true,
      sheet: {
        inputs: {
          A1: { kind: 'judgment', value: 3.5, reason: '综合评定' },
          A2: { kind: 'deduct', occurrences: 2, reason: '两项未做' },
          A3: { kind: 'deduct', occurrences: 0, reason: null },
          B2: { kind: 'override', rate: 0.75, reason: '核实后调整' },
          D2: { kind: 'rate', rate: 0.8, reason: null },
        },
        bonus: { G1: { count: 1, reason: '省级推广' } },
        vetoes: {},
      },
    });
  });

  it('reports every problem at once, on its field', () => {
    const r = parseSheetForm(rubric, city, {
      'ind.A1.value': '4.5',
      'ind.A1.reason': 'x',
      'ind.A2.n': 'abc',
      'ind.A3.n': '-2',
      'ind.C1.n': '1',
      'ind.D2.rate': '-1',
      'ind.D3.value': '1.234',
      'ind.D3.reason': 'x',
      'ind.E2.rate': '50',
      'ind.E3.n': '1',
      'ind.E3.reason': 'x'.repeat(1001),
      'bonus.G2.count': '-1',
      'veto.V1': 'on',
    });
    expect(r).toEqual({
      ok: false,
      errors: {
        'ind.A1.value': { key: 'assessment.errors.scoreRange', values: { max: 4 } },
        'ind.A2.n': { key: 'v.number' },
        'ind.A3.n': { key: 'assessment.errors.negativeOccurrences' },
        'ind.C1.reason': { key: 'assessment.errors.deductReason' },
        'ind.D2.rate': { key: 'assessment.errors.rateRange' },
        'ind.D3.value': { key: 'v.rubricDecimals' },
        'ind.E3.reason': { key: 'v.tooLong', values: { max: 1000 } },
        'bonus.G2.count': { key: 'assessment.errors.negativeCount' },
        'veto.V1.reason': { key: 'assessment.errors.vetoReason' },
      },
    });
  });

  it('reads a rate as the percentage the assessor types (85, 85.5, 85%) and stores the fraction the scoring expects', () => {
    const read = (typed: string) => parseSheetForm(rubric, city, { 'ind.D2.rate': typed });
    const stored = (typed: string) => {
      const r = read(typed);
      return r.ok ? r.sheet.inputs.D2 : r.errors;
    };
    expect(stored('85')).toEqual({ kind: 'rate', rate: 0.85, reason: null });
    expect(stored('85.5')).toEqual({ kind: 'rate', rate: 0.855, reason: null });
    expect(stored('33.33')).toEqual({ kind: 'rate', rate: 0.3333, reason: null });
    expect(stored(' 85% ')).toEqual({ kind: 'rate', rate: 0.85, reason: null });
    expect(stored('85％')).toEqual({ kind: 'rate', rate: 0.85, reason: null });
    expect(stored('0')).toEqual({ kind: 'rate', rate: 0, reason: null });
    expect(stored('100')).toEqual({ kind: 'rate', rate: 1, reason: null });
    // 1 means 1%, not 100%: the field is a percentage.
    expect(stored('1')).toEqual({ kind: 'rate', rate: 0.01, reason: null });
    // Bad input: its message on the field, nothing stored.
    expect(read('120')).toEqual({ ok: false, errors: { 'ind.D2.rate': { key: 'assessment.errors.rateRange' } } });
    expect(read('-1')).toEqual({ ok: false, errors: { 'ind.D2.rate': { key: 'assessment.errors.rateRange' } } });
    expect(read('85.125')).toEqual({ ok: false, errors: { 'ind.D2.rate': { key: 'assessment.errors.rateDecimals' } } });
    expect(read('八十五')).toEqual({ ok: false, errors: { 'ind.D2.rate': { key: 'v.number' } } });
    expect(read('85%%')).toEqual({ ok: false, errors: { 'ind.D2.rate': { key: 'v.number' } } });
    // An override of a computed rate is typed the same way.
    const b1 = parseSheetForm(rubric, city, { 'ind.B1.rate': '92.5', 'ind.B1.reason': '核实' });
    expect(b1.ok && b1.sheet.inputs.B1).toEqual({ kind: 'override', rate: 0.925, reason: '核实' });
  });

  it('ignores fields of indicators that do not apply to the unit', () => {
    expect(parseSheetForm(rubric, noPowers, { 'ind.D1.n': '-5', 'ind.D3.value': '99' })).toEqual({ ok: true, sheet: empty });
  });
});

describe('sheetFormValues', () => {
  it('shows a stored sheet in the form so that saving it unchanged stores the same sheet', () => {
    const stored: StoredSheet = {
      inputs: {
        A1: { kind: 'judgment', value: 3.5, reason: '综合评定' },
        A2: { kind: 'deduct', occurrences: 2, reason: '两项未做' },
        A3: { kind: 'deduct', occurrences: 0, reason: null },
        B2: { kind: 'override', rate: 0.75, reason: '核实后调整' },
        D2: { kind: 'rate', rate: 0.8, reason: null },
      },
      bonus: { G1: { count: 1, reason: '省级推广' } },
      vetoes: { V1: { reason: '被问责' } },
    };
    const form = sheetFormValues(rubric, stored);
    expect(form).toEqual({
      'ind.A1.value': '3.5',
      'ind.A1.reason': '综合评定',
      'ind.A2.n': '2',
      'ind.A2.reason': '两项未做',
      'ind.A3.n': '0',
      'ind.B2.rate': '75',
      'ind.B2.reason': '核实后调整',
      'ind.D2.rate': '80',
      'bonus.G1.count': '1',
      'bonus.G1.reason': '省级推广',
      'veto.V1': 'on',
      'veto.V1.reason': '被问责',
    });
    expect(parseSheetForm(rubric, city, form)).toEqual({ ok: true, sheet: stored });
  });

  it('shows stored rates as percentages, four-decimal rates included', () => {
    const stored: StoredSheet = { ...empty, inputs: { D2: { kind: 'rate', rate: 0.3333, reason: null }, E2: { kind: 'rate', rate: 1, reason: null } } };
    expect(sheetFormValues(rubric, stored)).toEqual({ 'ind.D2.rate': '33.33', 'ind.E2.rate': '100' });
  });

  it('leaves out an input stored for another rule type than the indicator now has', () => {
    const stale: StoredSheet = { ...empty, inputs: { A1: { kind: 'deduct', occurrences: 1, reason: 'r' } } };
    expect(sheetFormValues(rubric, stale)).toEqual({ 'ind.A1.reason': 'r' });
  });
});

describe('buildUnitSheet', () => {
  it('uses a computed rate unless overridden, and drops an indicator whose rate has no data', () => {
    const stored: StoredSheet = { inputs: { B2: { kind: 'override', rate: 0.5, reason: 'r' } }, bonus: { G1: { count: 2, reason: 'r' } }, vetoes: { V1: { reason: 'r' } } };
    const sheet = buildUnitSheet(rubric, city, stored, { B1: rate(0.75, 3, 4), B2: { ...rate(null), source: 'completionRate' } });
    expect(sheet.inputs.B1).toEqual({ kind: 'rate', rate: 0.75 });
    expect(sheet.inputs.B2).toEqual({ kind: 'rate', rate: 0.5 });
    expect(sheet.notApplicable).toEqual([]);
    expect(sheet).toMatchObject({ bonus: { G1: 2 }, vetoed: ['V1'] });
    const none = buildUnitSheet(rubric, city, empty, { B1: rate(null), B2: { ...rate(null), source: 'completionRate' } });
    expect(none.notApplicable).toEqual(['B1', 'B2']);
  });

  it('scores through lib/scoring: no report data normalises over the remaining 65 points', () => {
    // Everything else at full marks: 65 of 65 → 100.00; with A2 losing 3 points: 62/65 × 100 = 95.38.
    const inputs: StoredSheet['inputs'] = {};
    for (const ind of rubric.categories.flatMap((c) => c.indicators)) {
      if (ind.rule.type === 'deduct') inputs[ind.code] = { kind: 'deduct', occurrences: ind.code === 'A2' ? 2 : 0, reason: 'r' };
      if (ind.rule.type === 'judgment') inputs[ind.code] = { kind: 'judgment', value: ind.points, reason: 'r' };
      if (ind.rule.type === 'rate' && ind.rule.source === 'manual') inputs[ind.code] = { kind: 'rate', rate: 1, reason: null };
    }
    const s = scoreUnit(rubric, buildUnitSheet(rubric, city, { ...empty, inputs }, { B1: rate(null), B2: rate(null) }));
    expect(s).toMatchObject({ applicablePoints: 65, earned: 62, normalised: 95.38, complete: true });
    expect(sheetProgress(rubric, city, { ...empty, inputs })).toEqual({ entered: 16, total: 16 });
    expect(sheetProgress(rubric, noPowers, empty)).toEqual({ entered: 2, total: 13 });
  });
});

describe('self total', () => {
  it('goes through the same normalisation with every indicator judged', () => {
    const self = buildSelfSheet(rubric, noPowers, { A1: 4, A2: 3, D1: 5 }, ['B1']);
    expect(self.inputs).toEqual({ A1: { kind: 'judgment', value: 4 }, A2: { kind: 'judgment', value: 3 } });
    const s = scoreUnit(selfRubric(rubric), self);
    // 7 of 65 applicable points (80 without D, less B1's 15) → 10.77, and incomplete.
    expect(s).toMatchObject({ applicablePoints: 65, earned: 7, normalised: 10.77, complete: false });
  });
});
