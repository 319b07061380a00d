import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { RedirectSignal } from '@/lib/testing/mocks/next-navigation';
import { signInAs } from '@/lib/testing/mocks/session';
import { testUser } from '@/lib/testing/users';
import type { CurrentUser } from '@/lib/auth/session';

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; conflict?: boolean };
type Action = (prev: undefined, payload?: Record<string, unknown> | FormData) => Promise<Result>;

let db: typeof import('@/db/client').db;
let s: typeof import('@/db/schema');
let A: typeof import('./actions');
let R: typeof import('@/lib/rubrics/actions');
const users = new Map<string, CurrentUser>();

beforeAll(async () => {
  ({ db } = await import('@/db/client'));
  s = await import('@/db/schema');
  // lib/testing/action-setup.ts has migrated and seeded this file's database already.
  A = await import('./actions');
  R = await import('@/lib/rubrics/actions');
  for (const name of ['office', 'assessor', 'leader', 'fgw', 'yuekou', 'jyj', 'zfb']) users.set(name, testUser(name));
});

async function as(name: string, action: Action, payload: Record<string, unknown> | FormData): Promise<Result> {
  signInAs(users.get(name)!);
  try {
    return await action(undefined, payload);
  } catch (e) {
    if (e instanceof RedirectSignal) return { ok: true, message: `redirect ${e.url}` };
    throw e;
  }
}

/** Everything the assessment actions write, so a refusal can be shown to have written nothing. */
function fingerprint() {
  return JSON.stringify([
    db.select().from(s.assessments).all(),
    db.select().from(s.assessmentUnits).all(),
    db.select().from(s.selfAssessments).all(),
    db.select().from(s.attachments).all(),
    db.select().from(s.rubrics).all(),
    db.select({ n: count() }).from(s.notices).get(),
  ]);
}

async function refused(name: string, action: Action, payload: Record<string, unknown> | FormData, expected: Partial<Result>) {
  const before = fingerprint();
  const r = await as(name, action, payload);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  expect(r).toMatchObject(expected);
  expect(fingerprint(), 'a refused action writes nothing').toBe(before);
  return r;
}

const assessment = () => db.select().from(s.assessments).where(eq(s.assessments.year, 2018)).get()!;
const unitId = (code: string) => db.select().from(s.units).where(eq(s.units.code, code)).get()!.id;
const sheetOf = (code: string) =>
  db
    .select()
    .from(s.assessmentUnits)
    .where(and(eq(s.assessmentUnits.assessmentId, assessment().id), eq(s.assessmentUnits.unitId, unitId(code))))
    .get()!;

// A 1×1 PNG: real content for the evidence checks.
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);

function selfForm(fields: Record<string, string | number>, files: File[] = []) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  for (const file of files) f.append('files', file);
  return f;
}

/** Full marks on the fgw sheet except where `over` says otherwise. */
function fullSheet(over: Record<string, string> = {}) {
  const a = assessment();
  return {
    assessmentId: a.id,
    unitId: unitId('fgw'),
    version: sheetOf('fgw').sheetVersion,
    'ind.A1.value': '3.5',
    'ind.A1.reason': '述法报告完整，部署会议1次',
    'ind.A2.n': '1',
    'ind.A2.reason': '未向社会公开',
    'ind.A3.n': '0',
    'ind.B1.rate': '80',
    'ind.B1.reason': '按核实的报送记录调整',
    'ind.B2.rate': '50',
    'ind.B2.reason': '按审核记录调整',
    'ind.B3.n': '0',
    'ind.C1.n': '0',
    'ind.C2.n': '1',
    'ind.C2.reason': '1件规范性文件未按时备案',
    'ind.C3.n': '0',
    'ind.D1.n': '0',
    'ind.D2.rate': '90',
    'ind.D3.value': '4',
    'ind.D3.reason': '三项制度落实较好',
    'ind.E1.n': '0',
    'ind.E2.rate': '100',
    'ind.E3.n': '0',
    'ind.F1.n': '2',
    'ind.F1.reason': '2人次未参加培训',
    'bonus.G1.count': '1',
    'bonus.G1.reason': '经验被省厅推广',
    ...over,
  };
}

describe('assessment lifecycle', () => {
  it('the office creates the 2018 assessment once', async () => {
    expect(await as('office', A.createAssessmentAction, { year: '2018' })).toMatchObject({ ok: true, message: 'redirect /assessments/2018' });
    await refused('office', A.createAssessmentAction, { year: '2018' }, { fieldErrors: { year: 'assessment.errors.exists' } });
    await refused('office', A.createAssessmentAction, { year: '1999' }, { fieldErrors: { year: 'v.min' } });
  });

  it('refuses skipping a stage, a stale version, publishing or reopening out of turn', async () => {
    const a = assessment();
    await refused('office', A.advanceAssessmentAction, { id: a.id, version: a.version, to: 'scoring' }, { message: 'assessment.errors.notNext' });
    await refused('office', A.advanceAssessmentAction, { id: a.id, version: a.version, to: 'published' }, { message: 'assessment.errors.notNext' });
    await refused('office', A.advanceAssessmentAction, { id: a.id, version: a.version + 1, to: 'self' }, { message: 'v.conflict', conflict: true });
    await refused('office', A.publishAssessmentAction, { id: a.id, version: a.version }, { message: 'assessment.errors.notReview' });
    await refused('office', A.reopenAssessmentAction, { id: a.id, version: a.version, reason: 'x' }, { message: 'assessment.errors.notPublished' });
  });

  it('refuses to leave draft without a rubric, or with one that does not add up', async () => {
    await as('office', A.createAssessmentAction, { year: '2020' });
    const a2020 = db.select().from(s.assessments).where(eq(s.assessments.year, 2020)).get()!;
    await refused('office', A.advanceAssessmentAction, { id: a2020.id, version: a2020.version, to: 'self' }, { message: 'assessment.errors.rubricMissing' });
    expect(await as('office', R.createRubricAction, { year: '2020', copyFromYear: '' })).toMatchObject({ ok: true });
    await refused('office', A.advanceAssessmentAction, { id: a2020.id, version: a2020.version, to: 'self' }, { message: 'assessment.errors.rubricUnusable' });
  });

  it('starts self-assessment: takes in the active units with group and powers, tells each unit, freezes the rubric', async () => {
    const a = assessment();
    const notices = db.select({ n: count() }).from(s.notices).where(eq(s.notices.kind, 'assessment_stage')).get()!.n;
    expect(await as('office', A.advanceAssessmentAction, { id: a.id, version: a.version, to: 'self' })).toMatchObject({ ok: true });
    const active = db.select({ n: count() }).from(s.units).where(eq(s.units.active, true)).get()!.n;
    expect(db.select({ n: count() }).from(s.assessmentUnits).where(eq(s.assessmentUnits.assessmentId, a.id)).get()!.n).toBe(active);
    expect(db.select({ n: count() }).from(s.notices).where(eq(s.notices.kind, 'assessment_stage')).get()!.n).toBe(notices + active);
    expect(sheetOf('fgw')).toMatchObject({ group: 'city', enforcement: true });
    expect(sheetOf('yuekou')).toMatchObject({ group: 'township' });
    expect(assessment()).toMatchObject({ stage: 'self', version: a.version + 1 });
    expect((assessment().rubric as { year: number }).year).toBe(2018);
    // The rubric is locked from here on.
    const rubric = db.select().from(s.rubrics).where(eq(s.rubrics.year, 2018)).get()!;
    await refused('office', R.removeRubricItemAction, { year: '2018', version: rubric.version, kind: 'bonus', code: 'G1' }, { message: 'rubric.errors.locked' });
  });
});

describe('self-assessment', () => {
  const base = () => ({ assessmentId: assessment().id, unitId: unitId('fgw'), code: 'A1', version: 0, explanation: '已召开专题会议' });

  it('saves a score within range with evidence checked by content', async () => {
    const r = await as('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), score: '3.5' }, [new File([PNG], '会议纪要.png', { type: 'image/png' })]));
    expect(r).toMatchObject({ ok: true });
    const row = db.select().from(s.selfAssessments).where(eq(s.selfAssessments.indicatorCode, 'A1')).get()!;
    expect(row).toMatchObject({ score: 3.5, version: 1 });
    expect(db.select().from(s.attachments).where(eq(s.attachments.ownerId, row.id)).all()).toMatchObject([
      { ownerType: 'self_assessment', type: 'png', originalName: '会议纪要.png', unitId: unitId('fgw') },
    ]);
  });

  it('refuses out-of-range scores, bad files and a stale version, writing nothing', async () => {
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), code: 'A2', score: '3.5' }), { fieldErrors: { score: 'assessment.errors.scoreRange' } });
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), code: 'A2', score: '-1' }), { fieldErrors: { score: 'v.min' } });
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), code: 'A2', score: 'abc' }), { fieldErrors: { score: 'v.number' } });
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), code: 'A2', score: '1.234' }), { fieldErrors: { score: 'v.rubricDecimals' } });
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), code: 'A2', score: '2' }, [new File([PNG], 'fake.pdf')]), {
      fieldErrors: { files: 'assessment.errors.file.typeMismatch' },
    });
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), code: 'A2', score: '2' }, [new File([new Uint8Array([77, 90, 0, 0])], 'x.exe')]), {
      fieldErrors: { files: 'assessment.errors.file.typeNotAllowed' },
    });
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), score: '3' }), { message: 'v.conflict', conflict: true });
  });

  it('lets office, assessors and leaders download self-assessment evidence, a unit only its own', async () => {
    const { canReadSelfAssessmentEvidence } = await import('./queries');
    const owner = db.select().from(s.selfAssessments).where(eq(s.selfAssessments.indicatorCode, 'A1')).get()!.id;
    const may = (name: string) => canReadSelfAssessmentEvidence(users.get(name)!, owner);
    expect(['office', 'assessor', 'leader', 'fgw', 'yuekou', 'jyj'].map(may)).toEqual([true, true, true, true, false, false]);
    expect(canReadSelfAssessmentEvidence({ ...users.get('fgw')!, role: 'auditor' }, owner)).toBe(false);
    expect(canReadSelfAssessmentEvidence({ ...users.get('fgw')!, role: 'admin' }, owner)).toBe(false);
    expect(canReadSelfAssessmentEvidence(users.get('fgw')!, 999_999)).toBe(false);
  });

  it('refuses a unit self-assessing another unit, and audits it', async () => {
    const denied = () => db.select({ n: count() }).from(s.auditLog).where(eq(s.auditLog.result, 'denied')).get()!.n;
    const d = denied();
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ ...base(), unitId: unitId('yuekou'), score: '1' }), { message: 'v.forbidden' });
    expect(denied()).toBe(d + 1);
  });

  it('refuses an evidence file of another unit', async () => {
    const file = db.select().from(s.attachments).where(eq(s.attachments.ownerType, 'self_assessment')).get()!;
    await refused('yuekou', A.detachSelfEvidenceAction, { attachmentId: file.id }, { message: 'v.forbidden' });
  });

  it('refuses an indicator the rubric lacks, or one that does not apply to the unit (D: enforcement powers only)', async () => {
    expect(sheetOf('zfb').enforcement).toBe(false);
    const zfb = { ...base(), unitId: unitId('zfb'), version: 0, score: '1' };
    await refused('zfb', A.saveSelfAssessmentAction, selfForm({ ...zfb, code: 'D1' }), { message: 'v.notFound' });
    await refused('zfb', A.saveSelfAssessmentAction, selfForm({ ...zfb, code: 'Z9' }), { message: 'v.notFound' });
    expect(await as('zfb', A.saveSelfAssessmentAction, selfForm({ ...zfb, code: 'A3' }))).toMatchObject({ ok: true });
  });
});

describe('scoring sheet', () => {
  it('is refused outside the scoring stage', async () => {
    await refused('assessor', A.saveScoreSheetAction, fullSheet(), { message: 'assessment.errors.notScoringStage' });
    const a = assessment();
    expect(await as('office', A.advanceAssessmentAction, { id: a.id, version: a.version, to: 'scoring' })).toMatchObject({ ok: true });
    // Self-assessment is closed now.
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ assessmentId: a.id, unitId: unitId('fgw'), code: 'A2', version: 0, score: '1' }), {
      message: 'assessment.errors.notSelfStage',
    });
  });

  it('reports every bad input at once and writes nothing', async () => {
    const r = await refused(
      'assessor',
      A.saveScoreSheetAction,
      fullSheet({
        'ind.A2.n': '-1',
        'ind.A3.n': '1.5',
        'ind.D2.rate': '120',
        'ind.E2.rate': '12.345',
        'ind.A1.reason': '',
        'ind.D3.value': '5.5',
        'ind.C2.reason': '',
        'ind.B1.reason': '',
        'bonus.G1.reason': '',
        'veto.V1': 'on',
      }),
      { message: 'v.fixErrors' },
    );
    expect(r.fieldErrors).toEqual({
      'ind.A1.reason': 'assessment.errors.judgmentReason',
      'ind.A2.n': 'assessment.errors.negativeOccurrences',
      'ind.A3.n': 'v.integer',
      'ind.B1.reason': 'assessment.errors.overrideReason',
      'ind.C2.reason': 'assessment.errors.deductReason',
      'ind.D2.rate': 'assessment.errors.rateRange',
      'ind.D3.value': 'assessment.errors.scoreRange',
      'ind.E2.rate': 'assessment.errors.rateDecimals',
      'bonus.G1.reason': 'assessment.errors.bonusReason',
      'veto.V1.reason': 'assessment.errors.vetoReason',
    });
  });

  it('saves under its version; a second assessor with the old version is told and nothing is overwritten', async () => {
    const v = sheetOf('fgw').sheetVersion;
    expect(await as('assessor', A.saveScoreSheetAction, fullSheet())).toMatchObject({ ok: true });
    expect(sheetOf('fgw').sheetVersion).toBe(v + 1);
    const stored = sheetOf('fgw');
    expect(stored.inputs).toMatchObject({ A2: { kind: 'deduct', occurrences: 1, reason: '未向社会公开' }, B1: { kind: 'override', rate: 0.8 } });
    await refused('assessor', A.saveScoreSheetAction, { ...fullSheet({ 'ind.A2.n': '2' }), version: v }, { message: 'v.conflict', conflict: true });
    expect(sheetOf('fgw')).toEqual(stored);
  });

  it('audits each save with before and after', async () => {
    const rec = db.select().from(s.auditLog).where(eq(s.auditLog.action, 'assessment.score')).all().at(-1)!;
    expect(rec).toMatchObject({ result: 'success', objectType: 'score_sheet' });
    expect((rec.after as { inputs: Record<string, unknown> }).inputs.A2).toMatchObject({ occurrences: 1 });
    expect(rec.before).toMatchObject({ inputs: {} });
  });

  it('is refused to a unit and to the office', async () => {
    await refused('fgw', A.saveScoreSheetAction, fullSheet(), { message: 'v.forbidden' });
    await refused('office', A.saveScoreSheetAction, fullSheet(), { message: 'v.forbidden' });
  });
});

describe('publication', () => {
  it('computes the fgw total by hand: 81 + bonus 2 = 83.00, 良好', async () => {
    const { computeResults, assessmentRubric } = await import('./results');
    const a = assessment();
    const fgw = computeResults(db, a, assessmentRubric(a)!).find((r) => r.code === 'fgw')!;
    // A 3.5+1.5+3, B 12+10+5, C 5+4+5, D 5+9+4, E 4+4+2, F 4 = 81; G1 × 1 = 2.
    expect(fgw.score).toMatchObject({ earned: 81, applicablePoints: 100, normalised: 81, bonus: 2, total: 83, complete: true });
    expect(fgw).toMatchObject({ rank: 1, grade: '良好', selfTotal: 3.5 });
  });

  it('asks to confirm publishing with unscored units, then freezes the outcome and tells the units', async () => {
    let a = assessment();
    expect(await as('office', A.advanceAssessmentAction, { id: a.id, version: a.version, to: 'review' })).toMatchObject({ ok: true });
    a = assessment();
    await refused('office', A.publishAssessmentAction, { id: a.id, version: a.version }, { fieldErrors: { confirmUnscored: 'assessment.errors.confirmUnscored' } });
    expect(await as('office', A.publishAssessmentAction, { id: a.id, version: a.version, confirmUnscored: 'on' })).toMatchObject({ ok: true, message: 'redirect /assessments/2018?done=published' });
    expect(assessment().stage).toBe('published');
    expect(sheetOf('fgw').result).toMatchObject({ rank: 1, grade: '良好', score: { total: 83 } });
    expect(sheetOf('yuekou').result).toMatchObject({ rank: null, grade: null });
  });

  it('refuses every change to a published assessment, writing nothing', async () => {
    const a = assessment();
    const rubric = db.select().from(s.rubrics).where(eq(s.rubrics.year, 2018)).get()!;
    await refused('assessor', A.saveScoreSheetAction, fullSheet(), { message: 'assessment.errors.published' });
    await refused('fgw', A.saveSelfAssessmentAction, selfForm({ assessmentId: a.id, unitId: unitId('fgw'), code: 'A1', version: 1, score: '4' }), {
      message: 'assessment.errors.published',
    });
    const file = db.select().from(s.attachments).where(eq(s.attachments.ownerType, 'self_assessment')).get()!;
    await refused('fgw', A.detachSelfEvidenceAction, { attachmentId: file.id }, { message: 'assessment.errors.published' });
    await refused('office', A.advanceAssessmentAction, { id: a.id, version: a.version, to: 'review' }, { message: 'assessment.errors.published' });
    await refused('office', A.publishAssessmentAction, { id: a.id, version: a.version, confirmUnscored: 'on' }, { message: 'assessment.errors.published' });
    await refused('office', R.removeRubricItemAction, { year: '2018', version: rubric.version, kind: 'bonus', code: 'G1' }, { message: 'assessment.errors.published' });
  });

  it('reopens only with a reason, audited, back to scoring with the frozen outcome released', async () => {
    const a = assessment();
    await refused('office', A.reopenAssessmentAction, { id: a.id, version: a.version, reason: ' ' }, { fieldErrors: { reason: 'v.required' } });
    expect(await as('office', A.reopenAssessmentAction, { id: a.id, version: a.version, reason: '发改委申请复核 B3 扣分' })).toMatchObject({ ok: true, message: 'redirect /assessments/2018?done=reopened' });
    expect(assessment()).toMatchObject({ stage: 'scoring', reopenCount: 1, publishedAt: null });
    expect(sheetOf('fgw').result).toBeNull();
    const rec = db.select().from(s.auditLog).where(eq(s.auditLog.action, 'assessment.reopen')).get()!;
    expect(rec).toMatchObject({ result: 'success', detail: '发改委申请复核 B3 扣分' });
  });
});
