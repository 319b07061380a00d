import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import demoJson from '@/db/seed/rubric-2018.json';
import { RedirectSignal } from '@/lib/testing/mocks/next-navigation';
import { signInAs } from '@/lib/testing/mocks/session';
import { testUser } from '@/lib/testing/users';
import type { CurrentUser } from '@/lib/auth/session';
import { rubricProblems, rubricSchema, type Rubric } from '@/lib/scoring/rubric';

process.env.DATABASE_URL = join(mkdtempSync(join(tmpdir(), 'fzzf-rubric-')), 'test.db');

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; conflict?: boolean };
let db: typeof import('@/db/client').db;
let s: typeof import('@/db/schema');
let R: typeof import('./actions');
let office: CurrentUser;

beforeAll(async () => {
  ({ db } = await import('@/db/client'));
  s = await import('@/db/schema');
  // lib/testing/action-setup.ts has migrated and seeded this file's database already.
  R = await import('./actions');
  office = testUser('office');
});

async function call(action: (p: undefined, f: Record<string, unknown>) => Promise<Result>, payload: Record<string, unknown>): Promise<Result> {
  signInAs(office);
  try {
    return await action(undefined, payload);
  } catch (e) {
    if (e instanceof RedirectSignal) return { ok: true, message: `redirect ${e.url}` };
    throw e;
  }
}

const row = (year: number) => db.select().from(s.rubrics).where(eq(s.rubrics.year, year)).get();
const rubricOf = (year: number): Rubric => rubricSchema.parse(row(year)!.content);

async function refused(action: Parameters<typeof call>[0], payload: Record<string, unknown>, expected: Partial<Result>) {
  const before = JSON.stringify(db.select().from(s.rubrics).all());
  const r = await call(action, payload);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  expect(r).toMatchObject(expected);
  expect(JSON.stringify(db.select().from(s.rubrics).all())).toBe(before);
}

const indicator = (over: Record<string, string> = {}) => ({
  year: '2019',
  version: String(row(2019)!.version),
  originalCode: '',
  categoryCode: 'A',
  code: 'A4',
  title: '法治宣传',
  titleEn: '',
  points: '2',
  ruleType: 'deduct',
  perOccurrence: '0.5',
  source: '',
  criteria: '每缺1次扣0.5分',
  criteriaEn: '',
  evidence: '宣传记录',
  evidenceEn: '',
  appliesTo: 'all',
  ...over,
});

describe('rubric editing', () => {
  it('copies last year’s rubric to start a new year, once', async () => {
    expect(await call(R.createRubricAction, { year: '2019', copyFromYear: '2018' })).toMatchObject({ ok: true, message: 'redirect /assessments/2019/rubric' });
    expect(rubricOf(2019)).toEqual({ ...rubricSchema.parse(demoJson), year: 2019 });
    await refused(R.createRubricAction, { year: '2019', copyFromYear: '' }, { fieldErrors: { year: 'rubric.errors.exists' } });
    await refused(R.createRubricAction, { year: '2021', copyFromYear: '2015' }, { fieldErrors: { copyFromYear: 'rubric.errors.noSource' } });
  });

  it('refuses an indicator with bad fields, each on its own field', async () => {
    const r = await call(R.saveIndicatorAction, indicator({ code: 'A 4', title: ' ', points: '-1', perOccurrence: 'x', criteria: '' }));
    expect(r).toMatchObject({ ok: false, message: 'v.fixErrors' });
    expect(r.fieldErrors).toEqual({ code: 'v.rubricCode', title: 'v.required', points: 'v.min', perOccurrence: 'v.number', criteria: 'v.required' });
    await refused(R.saveIndicatorAction, indicator({ points: '1.234' }), { fieldErrors: { points: 'v.rubricDecimals' } });
    await refused(R.saveIndicatorAction, indicator({ code: 'B1' }), { fieldErrors: { code: 'v.rubricCodeTwice' } });
    await refused(R.saveIndicatorAction, indicator({ categoryCode: 'Z' }), { fieldErrors: { categoryCode: 'v.choose' } });
  });

  it('adds an indicator; the rubric then does not add up and says where', async () => {
    const v = row(2019)!.version;
    expect(await call(R.saveIndicatorAction, indicator())).toMatchObject({ ok: true });
    expect(row(2019)!.version).toBe(v + 1);
    expect(rubricOf(2019).categories[0]!.indicators.map((i) => i.code)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(rubricProblems(rubricOf(2019))).toEqual([
      { kind: 'categorySum', category: 'A', expected: 10, actual: 12 },
    ]);
    // Category A to 12 and D to 18 puts it right again.
    expect(await call(R.saveCategoryAction, { year: '2019', version: String(v + 1), originalCode: 'A', code: 'A', title: '组织领导', titleEn: '', points: '12' })).toMatchObject({ ok: true });
    expect(rubricProblems(rubricOf(2019))).toEqual([{ kind: 'baseSum', expected: 100, actual: 102 }]);
  });

  it('refuses a stale form: the second editor is told and nothing is overwritten', async () => {
    await refused(R.saveIndicatorAction, indicator({ version: '1', code: 'A5' }), { message: 'v.conflict', conflict: true });
  });

  it('edits settings with field errors per band row', async () => {
    const version = String(row(2019)!.version);
    const base = { year: '2019', version, basePoints: '100', bonusCap: '5', excellentQuotaPercent: '' };
    const bands = { 'grades.city.0.grade': '优秀', 'grades.city.0.min': '90', 'grades.city.2.grade': '合格', 'grades.city.2.min': '95', 'grades.township.0.grade': '合格', 'grades.township.0.min': '0' };
    const r = await call(R.saveRubricSettingsAction, { ...base, ...bands });
    // Row 2 (the second band typed) is out of order; row 1 was blank and skipped.
    expect(r.fieldErrors).toEqual({ 'grades.city.2.min': 'v.rubricBandOrder' });
    await refused(R.saveRubricSettingsAction, { ...base, bonusCap: '-1', ...bands, 'grades.city.2.min': '0' }, { fieldErrors: { bonusCap: 'v.min' } });
    await refused(R.saveRubricSettingsAction, { ...base, excellentQuotaPercent: '120', ...bands, 'grades.city.2.min': '0' }, { fieldErrors: { excellentQuotaPercent: 'v.max' } });
    expect(await call(R.saveRubricSettingsAction, { ...base, ...bands, 'grades.city.2.min': '0' })).toMatchObject({ ok: true });
    expect(rubricOf(2019)).toMatchObject({ excellentQuotaPercent: null, grades: { city: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 0 }], township: [{ grade: '合格', min: 0 }] } });
  });

  it('removes items', async () => {
    const v = String(row(2019)!.version);
    expect(await call(R.removeRubricItemAction, { year: '2019', version: v, kind: 'indicator', code: 'A4' })).toMatchObject({ ok: true });
    expect(rubricOf(2019).categories[0]!.indicators.map((i) => i.code)).toEqual(['A1', 'A2', 'A3']);
    await refused(R.removeRubricItemAction, { year: '2019', version: String(row(2019)!.version), kind: 'veto', code: 'V9' }, { message: 'v.notFound' });
  });

  it('imports JSON checked in full, and refuses text that is no JSON, the wrong year or an invalid rubric', async () => {
    const version = String(row(2019)!.version);
    await refused(R.importRubricAction, { year: '2019', version, text: '{ not json' }, { fieldErrors: { text: 'rubric.errors.notJson' } });
    await refused(R.importRubricAction, { year: '2019', version, text: JSON.stringify(demoJson) }, { fieldErrors: { text: 'rubric.errors.wrongYear' } });
    const broken = structuredClone(demoJson) as { year: number; categories: { indicators: { points: unknown }[] }[] };
    broken.year = 2019;
    broken.categories[1]!.indicators[0]!.points = 'many';
    await refused(R.importRubricAction, { year: '2019', version, text: JSON.stringify(broken) }, { fieldErrors: { text: 'rubric.errors.importInvalid' } });
    await refused(R.importRubricAction, { year: '2019', version, text: '' }, { fieldErrors: { text: 'rubric.errors.noJson' } });
    const good = { ...demoJson, year: 2019 };
    await refused(R.importRubricAction, { year: '2019', version: '1', text: JSON.stringify(good) }, { message: 'v.conflict' });
    expect(await call(R.importRubricAction, { year: '2019', version, text: JSON.stringify(good) })).toMatchObject({ ok: true, message: 'rubric.imported' });
    expect(rubricOf(2019)).toEqual(rubricSchema.parse(good));
    // A year without a rubric: the import creates it.
    expect(await call(R.importRubricAction, { year: '2022', version: '', text: JSON.stringify({ ...demoJson, year: 2022 }) })).toMatchObject({ ok: true });
    expect(row(2022)!.version).toBe(1);
  });
});
