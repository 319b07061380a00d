import { describe, expect, it } from 'vitest';
import demoJson from '@/db/seed/rubric-2018.json';
import { indicatorEarned, rankAndGrade, scoreUnit, type IndicatorInput, type UnitScore, type UnitSheet } from './compute';
import { rubricSchema, type Indicator, type Rubric } from './rubric';

const demo: Rubric = rubricSchema.parse(demoJson);
const noQuota: Rubric = { ...demo, excellentQuotaPercent: null };

const indicator = (r: Rubric, code: string): Indicator => r.categories.flatMap((c) => c.indicators).find((i) => i.code === code)!;

/** Full marks on every indicator of the rubric. */
function fullMarks(r: Rubric): Record<string, IndicatorInput> {
  const out: Record<string, IndicatorInput> = {};
  for (const ind of r.categories.flatMap((c) => c.indicators)) {
    out[ind.code] =
      ind.rule.type === 'deduct'
        ? { kind: 'deduct', occurrences: 0 }
        : ind.rule.type === 'rate'
          ? { kind: 'rate', rate: 1 }
          : { kind: 'judgment', value: ind.points };
  }
  return out;
}

function sheet(
  unitId: number,
  enforcement: boolean,
  inputs: Record<string, IndicatorInput | undefined>,
  extra: Partial<Pick<UnitSheet, 'bonus' | 'vetoed'>> = {},
): UnitSheet {
  return { unit: { unitId, group: 'city', enforcement }, inputs: { ...fullMarks(demo), ...inputs }, bonus: {}, vetoed: [], ...extra };
}

/** A bare score for ranking tests: only total, group and veto matter there. */
function score(unitId: number, total: number, opts: { group?: 'city' | 'township'; vetoed?: boolean } = {}): UnitScore {
  return {
    unitId,
    group: opts.group ?? 'city',
    indicators: [],
    earned: total,
    applicablePoints: 100,
    normalised: total,
    bonus: 0,
    total,
    vetoed: opts.vetoed ?? false,
    complete: true,
  };
}

describe('indicatorEarned', () => {
  it('deducts per occurrence and stops at zero (扣完为止)', () => {
    const a3 = indicator(demo, 'A3'); // 3 points, 0.75 each
    const earned = (n: number) => indicatorEarned(a3, { kind: 'deduct', occurrences: n });
    expect([0, 1, 2, 3, 4, 5, 1e12].map(earned)).toEqual([3, 2.25, 1.5, 0.75, 0, 0, 0]);
    // 5 points, 2.5 each: three occurrences would be −2.5, capped at 0
    expect(indicatorEarned(indicator(demo, 'C3'), { kind: 'deduct', occurrences: 3 })).toBe(0);
  });

  it('multiplies rates and rounds the line half up to hundredths', () => {
    const b1 = indicator(demo, 'B1'); // 15 points
    expect(15 * 0.3333).toBe(4.999499999999999); // the float product would round down
    expect(indicatorEarned(b1, { kind: 'rate', rate: 0.3333 })).toBe(5); // 4.9995 → 5.00
    expect(indicatorEarned(b1, { kind: 'rate', rate: 0.3332 })).toBe(5); // 4.998 → 5.00
    expect(indicatorEarned(b1, { kind: 'rate', rate: 0.333 })).toBe(5); // 4.995 → 5.00
    expect(indicatorEarned(b1, { kind: 'rate', rate: 0.3329 })).toBe(4.99); // 4.9935 → 4.99
    expect(indicatorEarned(indicator(demo, 'E2'), { kind: 'rate', rate: 0.125 })).toBe(0.5);
    expect(indicatorEarned(b1, { kind: 'rate', rate: 0 })).toBe(0);
    expect(indicatorEarned(b1, { kind: 'rate', rate: 1 })).toBe(15);
  });

  it('takes a judgment value as is', () => {
    expect(indicatorEarned(indicator(demo, 'A1'), { kind: 'judgment', value: 3.5 })).toBe(3.5);
    expect(indicatorEarned(indicator(demo, 'A1'), { kind: 'judgment', value: 4 })).toBe(4);
  });

  it('throws RangeError on inputs out of range or of the wrong kind', () => {
    const bad: [string, IndicatorInput][] = [
      ['A3', { kind: 'deduct', occurrences: -1 }],
      ['A3', { kind: 'deduct', occurrences: 1.5 }],
      ['A3', { kind: 'deduct', occurrences: Number.NaN }],
      ['B1', { kind: 'rate', rate: 1.01 }],
      ['B1', { kind: 'rate', rate: -0.01 }],
      ['B1', { kind: 'rate', rate: Number.NaN }],
      ['A1', { kind: 'judgment', value: 4.01 }],
      ['A1', { kind: 'judgment', value: -0.5 }],
      ['A1', { kind: 'judgment', value: 3.005 }],
      ['A1', { kind: 'rate', rate: 0.5 }],
      ['B1', { kind: 'deduct', occurrences: 0 }],
      ['A3', { kind: 'judgment', value: 1 }],
    ];
    for (const [code, input] of bad) {
      expect(() => indicatorEarned(indicator(demo, code), input), `${code} ${JSON.stringify(input)}`).toThrow(RangeError);
    }
  });
});

describe('scoreUnit', () => {
  it('gives full marks as 100 when everything applies', () => {
    const s = scoreUnit(demo, sheet(1, true, {}));
    expect(s).toMatchObject({ earned: 100, applicablePoints: 100, normalised: 100, bonus: 0, total: 100, complete: true, vetoed: false });
    expect(s.indicators.map((i) => i.code)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2', 'E3', 'F1']);
  });

  it('drops the enforcement-only category D (20 points) for a unit without powers and normalises 72 of 80 to 90.00', () => {
    // Lost: A2 2 × 1.5 = 3, C3 1 × 2.5 = 2.5, F1 5 × 0.5 = 2.5 → 8 of the 80 applicable points.
    // D inputs are present (and would cost 5 points) but are ignored: D doesn't apply.
    const s = scoreUnit(
      demo,
      sheet(2, false, {
        A2: { kind: 'deduct', occurrences: 2 },
        C3: { kind: 'deduct', occurrences: 1 },
        F1: { kind: 'deduct', occurrences: 5 },
        D1: { kind: 'deduct', occurrences: 5 },
      }),
    );
    expect(s.applicablePoints).toBe(80);
    expect(s.earned).toBe(72);
    expect(s.normalised).toBe(90); // 72 ÷ 80 × 100
    expect(s.total).toBe(90);
    expect(s.complete).toBe(true);
    expect(s.indicators.filter((i) => !i.applies).map((i) => [i.code, i.earned, i.missing])).toEqual([
      ['D1', null, false],
      ['D2', null, false],
      ['D3', null, false],
    ]);
    expect(s.indicators.find((i) => i.code === 'A2')).toEqual({ code: 'A2', applies: true, points: 3, earned: 0, missing: false });
  });

  it('rounds the normalised score half up: 57.54 of 80 → 71.925 → 71.93', () => {
    // B2 rate 0 loses 20; A1 judged 1.54 of 4 loses 2.46 → 80 − 22.46 = 57.54.
    // In hundredths: 5754 × 10000 ÷ 8000 = 7192.5 → 7193 (banker's rounding would give 71.92).
    const s = scoreUnit(demo, sheet(3, false, { B2: { kind: 'rate', rate: 0 }, A1: { kind: 'judgment', value: 1.54 } }));
    expect(s.earned).toBe(57.54);
    expect(s.normalised).toBe(71.93);
  });

  it('counts an applicable indicator without input as 0 and marks the sheet incomplete', () => {
    const s = scoreUnit(demo, sheet(4, true, { D2: undefined, A1: undefined }));
    expect(s.earned).toBe(86); // 100 − D2 10 − A1 4
    expect(s.applicablePoints).toBe(100);
    expect(s.total).toBe(86);
    expect(s.complete).toBe(false);
    expect(s.indicators.filter((i) => i.missing).map((i) => [i.code, i.earned])).toEqual([
      ['A1', null],
      ['D2', null],
    ]);
  });

  it('a unit without powers is complete without D inputs', () => {
    const inputs = fullMarks(demo);
    delete inputs.D1;
    delete inputs.D2;
    delete inputs.D3;
    const s = scoreUnit(demo, { unit: { unitId: 5, group: 'township', enforcement: false }, inputs, bonus: {}, vetoed: [] });
    expect(s).toMatchObject({ complete: true, earned: 80, applicablePoints: 80, normalised: 100, total: 100, group: 'township' });
  });

  it('drops indicators listed as not applicable (a rate without data) and normalises: B1 out, 85 − 10 of 85 → 88.24', () => {
    // B1 (15 points) has no data: 85 applicable points; B2 at rate 0.5 loses 10 → 75 of 85 = 88.235… → 88.24.
    const s = scoreUnit(demo, { ...sheet(11, true, { B1: undefined, B2: { kind: 'rate', rate: 0.5 } }), notApplicable: ['B1'] });
    expect(s.applicablePoints).toBe(85);
    expect(s.earned).toBe(75);
    expect(s.normalised).toBe(88.24);
    expect(s.complete).toBe(true);
    expect(s.indicators.find((i) => i.code === 'B1')).toEqual({ code: 'B1', applies: false, points: 15, earned: null, missing: false });
    expect(() => scoreUnit(demo, { ...sheet(11, true, {}), notApplicable: ['Z9'] })).toThrow(RangeError);
  });

  it('caps the bonus: G1 × 2 + G2 × 1 = 7 → 5, added after normalisation', () => {
    const s = scoreUnit(
      demo,
      sheet(6, false, { A2: { kind: 'deduct', occurrences: 2 }, C3: { kind: 'deduct', occurrences: 1 }, F1: { kind: 'deduct', occurrences: 5 } }, { bonus: { G1: 2, G2: 1 } }),
    );
    expect(s.normalised).toBe(90);
    expect(s.bonus).toBe(5);
    expect(s.total).toBe(95);
    expect(scoreUnit(demo, sheet(7, true, {}, { bonus: { G1: 1, G2: 0 } }))).toMatchObject({ bonus: 2, total: 102 });
  });

  it('flags a veto but keeps the score', () => {
    const s = scoreUnit(demo, sheet(8, true, { C1: { kind: 'deduct', occurrences: 5 } }, { vetoed: ['V1'] }));
    expect(s).toMatchObject({ vetoed: true, total: 95 });
  });

  it('throws on codes the rubric does not have and on bad bonus counts', () => {
    expect(() => scoreUnit(demo, sheet(9, true, { Z9: { kind: 'deduct', occurrences: 0 } }))).toThrow(RangeError);
    expect(() => scoreUnit(demo, sheet(9, true, {}, { bonus: { G9: 1 } }))).toThrow(RangeError);
    expect(() => scoreUnit(demo, sheet(9, true, {}, { bonus: { G1: -1 } }))).toThrow(RangeError);
    expect(() => scoreUnit(demo, sheet(9, true, {}, { bonus: { G1: 0.5 } }))).toThrow(RangeError);
    expect(() => scoreUnit(demo, sheet(9, true, {}, { vetoed: ['V9'] }))).toThrow(RangeError);
  });

  it('refuses a rubric that does not add up', () => {
    const broken: Rubric = structuredClone(demo);
    broken.categories[0]!.indicators[0]!.points = 3; // A: 9 of 10
    expect(() => scoreUnit(broken, sheet(10, true, {}))).toThrow(RangeError);
    expect(() => rankAndGrade(broken, [])).toThrow(RangeError);
  });
});

describe('exact arithmetic (float drift)', () => {
  // 10 deduction indicators of 3 points (0.75 or 1.5 each), 6 rate indicators of 10 points,
  // 4 judgment indicators of 2.5 points (enforcement only), one bonus of 0.1 each.
  const deduct = (n: number, per: number): Indicator => ({
    code: `P${n}`, title: `P${n}`, points: 3, rule: { type: 'deduct', perOccurrence: per }, criteria: 'c', evidence: '', appliesTo: 'all',
  });
  const rate = (n: number): Indicator => ({
    code: `R${n}`, title: `R${n}`, points: 10, rule: { type: 'rate', source: 'manual' }, criteria: 'c', evidence: '', appliesTo: 'all',
  });
  const judged = (n: number): Indicator => ({
    code: `J${n}`, title: `J${n}`, points: 2.5, rule: { type: 'judgment' }, criteria: 'c', evidence: '', appliesTo: 'enforcement',
  });
  const rubric: Rubric = rubricSchema.parse({
    ...demo,
    excellentQuotaPercent: null,
    categories: [
      { code: 'P', title: 'P', points: 30, indicators: [1, 2, 3, 4, 5].map((n) => deduct(n, 0.75)).concat([6, 7, 8, 9, 10].map((n) => deduct(n, 1.5))) },
      { code: 'R', title: 'R', points: 60, indicators: [1, 2, 3, 4, 5, 6].map(rate) },
      { code: 'J', title: 'J', points: 10, indicators: [1, 2, 3, 4].map(judged) },
    ],
    bonus: [{ code: 'B1', title: 'B1', pointsEach: 0.1, criteria: 'c' }],
    veto: [],
  });
  const occurrences = [1, 3, 4, 5, 0, 1, 2, 9, 0, 1];
  const rates = [0.3333, 0.6667, 0.9999, 0.1235, 0.0005, 0.7];
  const values = [0.1, 0.2, 0.7, 2.3];
  const inputs: Record<string, IndicatorInput> = {};
  occurrences.forEach((n, i) => (inputs[`P${i + 1}`] = { kind: 'deduct', occurrences: n }));
  rates.forEach((r, i) => (inputs[`R${i + 1}`] = { kind: 'rate', rate: r }));
  values.forEach((v, i) => (inputs[`J${i + 1}`] = { kind: 'judgment', value: v }));

  it('the rubric adds up', async () => {
    const { rubricProblems } = await import('./rubric');
    expect(rubricProblems(rubric)).toEqual([]);
  });

  it('sums to the hand computation in hundredths', () => {
    // P (hundredths): 300−75=225, 300−225=75, 300−300=0, max(0, 300−375)=0, 300,
    //                 300−150=150, 300−300=0, max(0, 300−1350)=0, 300, 150            → 1200
    // R: 1000 × rate = 333.3→333, 666.7→667, 999.9→1000, 123.5→124, 0.5→1, 700→700   → 2825
    // J: 10 + 20 + 70 + 230                                                            →  330
    // earned 1200 + 2825 + 330 = 4355 → 43.55; bonus 3 × 10 = 30 → 0.30; total 43.85
    const s = scoreUnit(rubric, { unit: { unitId: 1, group: 'city', enforcement: true }, inputs, bonus: { B1: 3 }, vetoed: [] });
    expect(s.indicators.map((i) => i.earned)).toEqual([2.25, 0.75, 0, 0, 3, 1.5, 0, 0, 3, 1.5, 3.33, 6.67, 10, 1.24, 0.01, 7, 0.1, 0.2, 0.7, 2.3]);
    expect(s.earned).toBe(43.55);
    expect(s.normalised).toBe(43.55);
    expect(s.bonus).toBe(0.3);
    expect(s.total).toBe(43.85);
  });

  it('normalises without drift when J drops out: 40.25 of 90 → 44.72', () => {
    // 4025 × 10000 ÷ 9000 = 4472.2… → 4472
    const s = scoreUnit(rubric, { unit: { unitId: 2, group: 'city', enforcement: false }, inputs, bonus: {}, vetoed: [] });
    expect(s.earned).toBe(40.25);
    expect(s.applicablePoints).toBe(90);
    expect(s.normalised).toBe(44.72);
  });
});

describe('rankAndGrade', () => {
  it('grades a vetoed unit 不合格 despite 95 points; it keeps its score and rank', () => {
    const vetoed = scoreUnit(noQuota, sheet(1, true, { C1: { kind: 'deduct', occurrences: 5 } }, { vetoed: ['V1'] }));
    const other = scoreUnit(noQuota, sheet(2, true, { B2: { kind: 'rate', rate: 0.6 } })); // 100 − 8 = 92
    const [first, second] = rankAndGrade(noQuota, [other, vetoed]);
    expect(first).toMatchObject({ unitId: 1, total: 95, rank: 1, vetoed: true, grade: '不合格', gradeBeforeQuota: '不合格', droppedByQuota: false });
    expect(second).toMatchObject({ unitId: 2, total: 92, rank: 2, grade: '优秀' });
  });

  it('lets ties share a rank and skips the next (1, 2, 2, 4), ignoring float noise', () => {
    const ranked = rankAndGrade(noQuota, [score(4, 70), score(7, 88.5), score(9, 95), score(3, 88.49999999999999)]);
    expect(ranked.map((r) => [r.unitId, r.rank, r.grade])).toEqual([
      [9, 1, '优秀'],
      [3, 2, '良好'],
      [7, 2, '良好'],
      [4, 4, '合格'],
    ]);
  });

  it('grades by the highest band whose min ≤ total, at the exact boundaries', () => {
    const ranked = rankAndGrade(noQuota, [score(1, 90), score(2, 89.99), score(3, 80), score(4, 60), score(5, 59.99), score(6, 0)]);
    expect(ranked.map((r) => r.grade)).toEqual(['优秀', '良好', '良好', '合格', '不合格', '不合格']);
  });

  const tenUnits = (totals: number[]) => totals.map((t, i) => score(i + 1, t));

  it('applies a 20% quota to a 10-unit group: 2 excellent, the third and fourth 90+ units drop to 良好', () => {
    const ranked = rankAndGrade(demo, tenUnits([85, 91, 40, 96, 78, 90, 59, 94, 82, 65]));
    expect(ranked.map((r) => [r.total, r.grade, r.droppedByQuota])).toEqual([
      [96, '优秀', false],
      [94, '优秀', false],
      [91, '良好', true],
      [90, '良好', true],
      [85, '良好', false],
      [82, '良好', false],
      [78, '合格', false],
      [65, '合格', false],
      [59, '不合格', false],
      [40, '不合格', false],
    ]);
    expect(ranked[2]!.gradeBeforeQuota).toBe('优秀');
  });

  it('drops a whole tie that would overflow the quota, and everyone below it', () => {
    const ranked = rankAndGrade(demo, tenUnits([96, 93, 93, 91, 70, 70, 70, 70, 70, 70]));
    expect(ranked.slice(0, 4).map((r) => [r.unitId, r.rank, r.grade, r.droppedByQuota])).toEqual([
      [1, 1, '优秀', false],
      [2, 2, '良好', true],
      [3, 2, '良好', true],
      [4, 4, '良好', true],
    ]);
  });

  it('admits a whole tie that fits the quota', () => {
    const ranked = rankAndGrade(demo, tenUnits([93, 93, 91, 70, 70, 70, 70, 70, 70, 70]));
    expect(ranked.slice(0, 3).map((r) => r.grade)).toEqual(['优秀', '优秀', '良好']);
  });

  it('counts vetoed units in the group size but never gives them the top grade', () => {
    const scores = tenUnits([96, 94, 91, 70, 70, 70, 70, 70, 70, 70]);
    scores.push({ ...score(11, 99), vetoed: true }); // 11 units → quota floor(2.2) = 2
    const ranked = rankAndGrade(demo, scores);
    expect(ranked.slice(0, 4).map((r) => [r.unitId, r.rank, r.grade])).toEqual([
      [11, 1, '不合格'],
      [1, 2, '优秀'],
      [2, 3, '优秀'],
      [3, 4, '良好'],
    ]);
  });

  it('ranks and applies the quota per group, city first', () => {
    // township: 5 units → quota 1; city: 4 units → quota floor(0.8) = 0, so no city unit is 优秀.
    const ranked = rankAndGrade(demo, [
      score(1, 95, { group: 'township' }),
      score(2, 92, { group: 'township' }),
      score(3, 70, { group: 'township' }),
      score(4, 70, { group: 'township' }),
      score(5, 70, { group: 'township' }),
      score(6, 97),
      score(7, 91),
      score(8, 85),
      score(9, 60),
    ]);
    expect(ranked.map((r) => [r.group, r.unitId, r.rank, r.grade])).toEqual([
      ['city', 6, 1, '良好'],
      ['city', 7, 2, '良好'],
      ['city', 8, 3, '良好'],
      ['city', 9, 4, '合格'],
      ['township', 1, 1, '优秀'],
      ['township', 2, 2, '良好'],
      ['township', 3, 3, '合格'],
      ['township', 4, 3, '合格'],
      ['township', 5, 3, '合格'],
    ]);
  });

  it('without a quota every 90+ unit is 优秀', () => {
    const ranked = rankAndGrade(noQuota, tenUnits([96, 94, 91, 90, 70, 70, 70, 70, 70, 70]));
    expect(ranked.filter((r) => r.grade === '优秀').length).toBe(4);
    expect(ranked.some((r) => r.droppedByQuota)).toBe(false);
  });
});
