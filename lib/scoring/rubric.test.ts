import { describe, expect, it } from 'vitest';
import demo from '@/db/seed/rubric-2018.json';
import { PARSE_OPTIONS, issueMessage } from '@/lib/validation/issues';
import { rubricProblems, rubricSchema, type Rubric } from './rubric';

/** A deep copy of the demo rubric as plain data, for mutating into broken variants. */
const raw = (): Record<string, unknown> & typeof demo => structuredClone(demo);
const parsed = (): Rubric => rubricSchema.parse(raw());

/** The catalog messages (as the UI resolves them) of the issues a parse raises, with their paths. */
function issues(input: unknown): { path: string; message: string; values?: unknown }[] {
  const r = rubricSchema.safeParse(input, PARSE_OPTIONS);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const m = issueMessage(i);
    return { path: i.path.join('.'), message: `v.${m.key}`, ...(m.values ? { values: m.values } : {}) };
  });
}

describe('the demo rubric (db/seed/rubric-2018.json)', () => {
  it('passes the schema and adds up', () => {
    const r = rubricSchema.safeParse(demo);
    expect(r.success).toBe(true);
    expect(rubricProblems(parsed())).toEqual([]);
  });

  it('names every category, indicator, bonus and veto item in English too, with criteria and evidence', () => {
    const r = parsed();
    const items = [...r.categories, ...r.categories.flatMap((c) => c.indicators), ...r.bonus, ...r.veto];
    for (const item of items) expect(item.titleEn, item.code).toMatch(/^[A-Z][^\u4e00-\u9fff]+$/);
    for (const ind of r.categories.flatMap((c) => c.indicators)) {
      expect(ind.criteriaEn, ind.code).toMatch(/^[^\u4e00-\u9fff]+$/);
      expect(ind.evidenceEn, ind.code).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
    expect(r.categories.flatMap((c) => c.indicators).find((i) => i.code === 'E2')!.titleEn).toBe('Rate of agency heads appearing in court');
  });

  it('strips the about text and keeps the structure', () => {
    const r = parsed();
    expect('about' in r).toBe(false);
    expect(r.categories.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(r.categories.flatMap((c) => c.indicators).length).toBe(16);
    expect(r.excellentQuotaPercent).toBe(20);
  });
});

describe('rubricProblems', () => {
  it('catches a category whose indicators sum to 39 of 40 and the resulting base sum of 99', () => {
    const r = parsed();
    const b = r.categories.find((c) => c.code === 'B')!;
    b.indicators.find((i) => i.code === 'B3')!.points = 4; // 15 + 20 + 4 = 39
    expect(rubricProblems(r)).toEqual([{ kind: 'categorySum', category: 'B', expected: 40, actual: 39 }]);

    b.points = 39; // now B agrees with its indicators, but the categories total 99
    expect(rubricProblems(r)).toEqual([{ kind: 'baseSum', expected: 100, actual: 99 }]);
  });

  it('compares in hundredths: 0.1 + 0.2 points is exactly 0.3', () => {
    const r = parsed();
    const f = r.categories.find((c) => c.code === 'F')!;
    f.points = 0.3;
    f.indicators = [
      { ...f.indicators[0]!, code: 'F1', points: 0.1 },
      { ...f.indicators[0]!, code: 'F2', points: 0.2 },
    ];
    r.basePoints = 95.3;
    expect(0.1 + 0.2).not.toBe(0.3); // the float trap this guards against
    expect(rubricProblems(r)).toEqual([]);
  });

  it('reports a category without indicators and a group without bands', () => {
    const r = parsed();
    r.categories.find((c) => c.code === 'F')!.indicators = [];
    r.grades.township = [];
    expect(rubricProblems(r)).toEqual([
      { kind: 'noIndicators', category: 'F' },
      { kind: 'noBands', group: 'township' },
    ]);
  });
});

describe('rubricSchema', () => {
  it('accepts English titles and criteria', () => {
    const d = raw();
    d.categories[0]!.indicators[0] = { ...d.categories[0]!.indicators[0]!, titleEn: 'First responsibility', criteriaEn: 'Judged' } as never;
    expect(rubricSchema.parse(d).categories[0]!.indicators[0]!.titleEn).toBe('First responsibility');
  });

  it('rejects a code used twice anywhere in the rubric', () => {
    const d = raw();
    d.bonus[1]!.code = 'A2'; // clashes with an indicator
    expect(issues(d)).toEqual([{ path: 'bonus.1.code', message: 'v.rubricCodeTwice', values: { code: 'A2' } }]);

    const e = raw();
    e.categories[1]!.code = 'A';
    expect(issues(e)).toEqual([{ path: 'categories.1.code', message: 'v.rubricCodeTwice', values: { code: 'A' } }]);
  });

  it('rejects points with more than two decimals, negative points and a non-positive deduction', () => {
    const d = raw();
    d.categories[0]!.indicators[0]!.points = 4.125;
    d.bonus[0]!.pointsEach = -1;
    (d.categories[0]!.indicators[2]!.rule as { perOccurrence: number }).perOccurrence = 0;
    expect(issues(d).map((i) => `${i.path} ${i.message}`)).toEqual([
      'categories.0.indicators.0.points v.rubricDecimals',
      'categories.0.indicators.2.rule.perOccurrence v.rubricPositive',
      'bonus.0.pointsEach v.min',
    ]);
  });

  it('maps type and range errors to the shared catalog keys', () => {
    const d = raw();
    (d as Record<string, unknown>).year = '2018';
    d.categories[0]!.title = 'x'.repeat(201);
    d.categories[0]!.indicators[0]!.title = '';
    d.veto[0]!.effect = '   ';
    expect(issues(d).map((i) => `${i.path} ${i.message}`)).toEqual([
      'year v.number',
      'categories.0.title v.tooLong',
      'categories.0.indicators.0.title v.required',
      'veto.0.effect v.required',
    ]);
  });

  it('accepts 0.29 and 1.15 as two-decimal values despite binary noise', () => {
    const d = raw();
    (d.categories[0]!.indicators[2]!.rule as { perOccurrence: number }).perOccurrence = 0.29;
    d.bonus[0]!.pointsEach = 1.15;
    expect(issues(d)).toEqual([]);
  });

  it('rejects an unknown rule type and an unknown rate source', () => {
    const d = raw();
    d.categories[0]!.indicators[0]!.rule = { type: 'bonus' } as never;
    d.categories[1]!.indicators[0]!.rule = { type: 'rate', source: 'magic' } as never;
    expect(issues(d).map((i) => `${i.path} ${i.message}`)).toEqual([
      'categories.0.indicators.0.rule.type v.rubricRuleType',
      'categories.1.indicators.0.rule.source v.choose',
    ]);
  });

  it('checks grade bands: distinct names, descending mins, lowest at 0', () => {
    const dup = raw();
    dup.grades.city[1]!.grade = '优秀';
    expect(issues(dup)).toEqual([{ path: 'grades.city.1.grade', message: 'v.rubricGradeTwice', values: { grade: '优秀' } }]);

    const order = raw();
    order.grades.township[1]!.min = 90; // equal to the band above: unreachable
    expect(issues(order)).toEqual([{ path: 'grades.township.1.min', message: 'v.rubricBandOrder' }]);

    const floor = raw();
    floor.grades.city[3]!.min = 10;
    expect(issues(floor)).toEqual([{ path: 'grades.city.3.min', message: 'v.rubricBandFloor' }]);
  });

  it('takes the quota as optional, nullable and within 0..100', () => {
    const none = raw();
    delete (none as { excellentQuotaPercent?: number }).excellentQuotaPercent;
    expect(rubricSchema.parse(none).excellentQuotaPercent).toBeUndefined();
    expect(rubricSchema.parse({ ...raw(), excellentQuotaPercent: null }).excellentQuotaPercent).toBeNull();
    expect(issues({ ...raw(), excellentQuotaPercent: 101 })).toEqual([{ path: 'excellentQuotaPercent', message: 'v.max', values: { max: 100 } }]);
  });
});
