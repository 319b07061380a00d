import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { RedirectSignal } from '@/lib/testing/mocks/next-navigation';
import { signInAs } from '@/lib/testing/mocks/session';
import { testUser } from '@/lib/testing/users';
import type { CurrentUser } from '@/lib/auth/session';
import { assessmentRubric } from './results';
import { allIndicators, appliesByRubric } from './sheet';

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

/** The indicators of the 2018 rubric that apply to a unit. */
function indicatorsOf(code: string) {
  return allIndicators(assessmentRubric(assessment())!).filter((i) => appliesByRubric(i, sheetOf(code)));
}

const storedSelf = (code: string) =>
  new Map(
    db
      .select()
      .from(s.selfAssessments)
      .where(eq(s.selfAssessments.assessmentUnitId, sheetOf(code).id))
      .all()
      .map((r) => [r.indicatorCode, r]),
  );

/**
 * The self-assessment sheet as the page sends it: every applicable indicator with its stored score,
 * explanation and version (what the form shows), `fields` typed over them, `files` chosen by indicator.
 */
function selfSheet(code: string, fields: Record<string, string | number> = {}, files: Record<string, File[]> = {}) {
  const f = new FormData();
  f.set('assessmentId', String(assessment().id));
  f.set('unitId', String(unitId(code)));
  const stored = storedSelf(code);
  for (const ind of indicatorsOf(code)) {
    const row = stored.get(ind.code);
    f.set(`version.${ind.code}`, String(row?.version ?? 0));
    f.set(`score.${ind.code}`, row?.score == null ? '' : String(row.score));
    f.set(`explanation.${ind.code}`, row?.explanation ?? '');
  }
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  for (const [c, list] of Object.entries(files)) for (const file of list) f.append(`files.${c}`, file);
  return f;
}

/** Full marks on every indicator that applies to the unit, explained. */
const fullSelf = (code: string) => Object.fromEntries(indicatorsOf(code).flatMap((i) => [[`score.${i.code}`, String(i.points)], [`explanation.${i.code}`, `${i.code} 已完成`]]));

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
  it('saves a score within range with evidence checked by content', async () => {
    const r = await as('fgw', A.saveSelfAssessmentAction, selfSheet('fgw', { 'score.A1': '3.5', 'explanation.A1': '已召开专题会议' }, { A1: [new File([PNG], '会议纪要.png', { type: 'image/png' })] }));
    expect(r).toMatchObject({ ok: true });
    const row = db.select().from(s.selfAssessments).where(eq(s.selfAssessments.indicatorCode, 'A1')).get()!;
    expect(row).toMatchObject({ score: 3.5, version: 1 });
    expect(db.select().from(s.attachments).where(eq(s.attachments.ownerId, row.id)).all()).toMatchObject([
      { ownerType: 'self_assessment', type: 'png', originalName: '会议纪要.png', unitId: unitId('fgw') },
    ]);
    // Only what was typed is written: the untouched indicators have no row.
    expect(storedSelf('fgw').size).toBe(1);
  });

  it('saves every indicator typed in one go, in one transaction, each audited; unchanged ones are left alone', async () => {
    const r = await as('jyj', A.saveSelfAssessmentAction, selfSheet('jyj', { 'score.A1': '4', 'score.B1': '12', 'explanation.B1': '一次迟报', 'explanation.C1': '草稿：待补充' }));
    expect(r).toMatchObject({ ok: true, message: 'assessment.selfDraftSaved' });
    const rows = storedSelf('jyj');
    expect([...rows.keys()].sort()).toEqual(['A1', 'B1', 'C1']);
    expect(rows.get('A1')).toMatchObject({ score: 4, explanation: null, version: 1 });
    expect(rows.get('B1')).toMatchObject({ score: 12, explanation: '一次迟报', version: 1 });
    // A draft keeps an explanation without a score.
    expect(rows.get('C1')).toMatchObject({ score: null, explanation: '草稿：待补充', version: 1 });
    const ids = new Set([...rows.values()].map((row) => String(row.id)));
    const audits = db.select().from(s.auditLog).where(eq(s.auditLog.action, 'assessment.self-save')).all();
    expect(audits.filter((x) => x.objectType === 'self_assessment' && ids.has(x.objectId!))).toHaveLength(3);

    // Saved again with one change: only that indicator is written.
    expect(await as('jyj', A.saveSelfAssessmentAction, selfSheet('jyj', { 'score.A2': '2.5' }))).toMatchObject({ ok: true });
    const again = storedSelf('jyj');
    expect(again.get('A1')!.version).toBe(1);
    expect(again.get('A2')).toMatchObject({ score: 2.5, version: 1 });
    expect(await as('jyj', A.saveSelfAssessmentAction, selfSheet('jyj'))).toMatchObject({ ok: true, message: 'assessment.selfNothingChanged' });
  });

  it('refuses out-of-range scores and bad files, every problem at once, writing nothing', async () => {
    const r = await refused(
      'fgw',
      A.saveSelfAssessmentAction,
      selfSheet('fgw', { 'score.A2': '3.5', 'score.A3': '-1', 'score.B1': 'abc', 'score.B2': '1.234', 'explanation.A1': 'x'.repeat(2001) }),
      { message: 'v.fixErrors' },
    );
    expect(r.fieldErrors).toEqual({
      'score.A2': 'assessment.errors.scoreRange',
      'score.A3': 'assessment.errors.scoreRange',
      'score.B1': 'v.number',
      'score.B2': 'v.rubricDecimals',
      'explanation.A1': 'v.tooLong',
    });
    await refused('fgw', A.saveSelfAssessmentAction, selfSheet('fgw', { 'score.A2': '2' }, { A2: [new File([PNG], 'fake.pdf')] }), {
      fieldErrors: { 'files.A2': 'assessment.errors.file.typeMismatch' },
    });
    await refused('fgw', A.saveSelfAssessmentAction, selfSheet('fgw', { 'score.A2': '2' }, { A2: [new File([new Uint8Array([77, 90, 0, 0])], 'x.exe')] }), {
      fieldErrors: { 'files.A2': 'assessment.errors.file.typeNotAllowed' },
    });
  });

  it('refuses the whole sheet when any indicator was saved since it was loaded (no lost update)', async () => {
    // Another officer of the unit saved A1 (now version 1); this form was loaded before (version 0).
    await refused('fgw', A.saveSelfAssessmentAction, selfSheet('fgw', { 'version.A1': '0', 'score.A2': '2', 'score.A1': '3' }), { message: 'v.conflict', conflict: true });
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

  it('refuses a unit saving or submitting another unit’s self-assessment, and audits it', async () => {
    const denied = () => db.select({ n: count() }).from(s.auditLog).where(eq(s.auditLog.result, 'denied')).get()!.n;
    const d = denied();
    const other = selfSheet('yuekou', { 'score.A1': '1' });
    await refused('fgw', A.saveSelfAssessmentAction, other, { message: 'v.forbidden' });
    await refused('fgw', A.submitSelfAssessmentAction, selfSheet('yuekou', fullSelf('yuekou')), { message: 'v.forbidden' });
    expect(denied()).toBe(d + 2);
  });

  it('refuses an evidence file of another unit', async () => {
    const file = db.select().from(s.attachments).where(eq(s.attachments.ownerType, 'self_assessment')).get()!;
    await refused('yuekou', A.detachSelfEvidenceAction, { attachmentId: file.id }, { message: 'v.forbidden' });
  });

  it('refuses an indicator the rubric lacks, or one that does not apply to the unit (D: enforcement powers only)', async () => {
    expect(sheetOf('zfb').enforcement).toBe(false);
    await refused('zfb', A.saveSelfAssessmentAction, selfSheet('zfb', { 'score.D1': '1' }), { message: 'v.notFound' });
    await refused('zfb', A.saveSelfAssessmentAction, selfSheet('zfb', { 'score.Z9': '1' }), { message: 'v.notFound' });
    expect(await as('zfb', A.saveSelfAssessmentAction, selfSheet('zfb', { 'score.A3': '1' }))).toMatchObject({ ok: true });
  });
});

describe('self-assessment submission and return', () => {
  it('refuses a submission with required fields empty, each with its message, writing nothing', async () => {
    const typed = { ...fullSelf('jyj'), 'score.B2': '', 'score.E3': ' ', 'score.A3': '2', 'explanation.A3': '', 'score.A2': '9' };
    const r = await refused('jyj', A.submitSelfAssessmentAction, selfSheet('jyj', typed), { message: 'v.fixErrors' });
    expect(r.fieldErrors).toEqual({
      'score.B2': 'assessment.errors.selfScoreRequired',
      'score.E3': 'assessment.errors.selfScoreRequired',
      // Below full marks (A3 is worth 3): the unit explains the points it gives up.
      'explanation.A3': 'assessment.errors.selfExplanationRequired',
      'score.A2': 'assessment.errors.scoreRange',
    });
    expect(sheetOf('jyj')).toMatchObject({ selfStatus: 'draft', selfSubmittedAt: null });
  });

  it('submits a complete sheet (saving what was typed) and locks it: no save, no submit, no evidence change', async () => {
    const r = await as('jyj', A.submitSelfAssessmentAction, selfSheet('jyj', { ...fullSelf('jyj'), 'score.A3': '2', 'explanation.A3': '年度报告晚公开' }, { A1: [new File([PNG], '述法.png')] }));
    expect(r).toMatchObject({ ok: true, message: 'assessment.selfSubmittedDone' });
    const au = sheetOf('jyj');
    expect(au).toMatchObject({ selfStatus: 'submitted', selfSubmittedBy: users.get('jyj')!.id });
    expect(au.selfSubmittedAt).toBeInstanceOf(Date);
    const rows = storedSelf('jyj');
    expect(rows.size).toBe(indicatorsOf('jyj').length);
    expect(rows.get('A3')).toMatchObject({ score: 2, explanation: '年度报告晚公开' });
    expect(db.select().from(s.auditLog).where(eq(s.auditLog.action, 'assessment.self-submit')).all().at(-1)).toMatchObject({
      result: 'success',
      objectType: 'assessment_unit',
      objectId: String(au.id),
    });

    await refused('jyj', A.saveSelfAssessmentAction, selfSheet('jyj', { 'score.A3': '3' }), { message: 'assessment.errors.selfSubmitted' });
    await refused('jyj', A.submitSelfAssessmentAction, selfSheet('jyj', { 'score.A3': '3' }), { message: 'assessment.errors.selfSubmitted' });
    const file = db.select().from(s.attachments).where(and(eq(s.attachments.ownerType, 'self_assessment'), eq(s.attachments.unitId, unitId('jyj')))).get()!;
    await refused('jyj', A.detachSelfEvidenceAction, { attachmentId: file.id }, { message: 'assessment.errors.selfSubmitted' });
  });

  it('only the office returns it, with a comment; the unit is told and may edit and submit again', async () => {
    const base = { assessmentId: assessment().id, unitId: unitId('jyj') };
    await refused('jyj', A.returnSelfAssessmentAction, { ...base, comment: '请补充' }, { message: 'v.forbidden' });
    await refused('assessor', A.returnSelfAssessmentAction, { ...base, comment: '请补充' }, { message: 'v.forbidden' });
    await refused('office', A.returnSelfAssessmentAction, { ...base, comment: ' ' }, { fieldErrors: { comment: 'v.required' } });
    await refused('office', A.returnSelfAssessmentAction, { ...base, unitId: unitId('fgw'), comment: '请补充' }, { message: 'assessment.errors.selfNotSubmitted' });

    expect(await as('office', A.returnSelfAssessmentAction, { ...base, comment: 'A3 请补充年度报告公开情况的佐证' })).toMatchObject({ ok: true });
    expect(sheetOf('jyj').selfStatus).toBe('returned');
    const notice = db.select().from(s.notices).where(and(eq(s.notices.kind, 'self_returned'), eq(s.notices.unitId, unitId('jyj')))).get()!;
    expect(notice).toMatchObject({ body: 'A3 请补充年度报告公开情况的佐证', params: { year: 2018 } });
    expect(db.select().from(s.auditLog).where(and(eq(s.auditLog.action, 'assessment.self-return'), eq(s.auditLog.result, 'success'))).get()).toMatchObject({ result: 'success', detail: 'A3 请补充年度报告公开情况的佐证' });
    await refused('office', A.returnSelfAssessmentAction, { ...base, comment: '再次退回' }, { message: 'assessment.errors.selfNotSubmitted' });

    expect(await as('jyj', A.saveSelfAssessmentAction, selfSheet('jyj', { 'score.A3': '3' }))).toMatchObject({ ok: true });
    expect(await as('jyj', A.submitSelfAssessmentAction, selfSheet('jyj'))).toMatchObject({ ok: true });
    expect(sheetOf('jyj').selfStatus).toBe('submitted');
  });
});

describe('scoring sheet', () => {
  it('is refused outside the scoring stage', async () => {
    await refused('assessor', A.saveScoreSheetAction, fullSheet(), { message: 'assessment.errors.notScoringStage' });
    const a = assessment();
    expect(await as('office', A.advanceAssessmentAction, { id: a.id, version: a.version, to: 'scoring' })).toMatchObject({ ok: true });
    // Self-assessment is closed now.
    await refused('fgw', A.saveSelfAssessmentAction, selfSheet('fgw', { 'score.A2': '1' }), { message: 'assessment.errors.notSelfStage' });
    await refused('office', A.returnSelfAssessmentAction, { assessmentId: a.id, unitId: unitId('jyj'), comment: '请补充' }, { message: 'assessment.errors.notSelfStage' });
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
    await refused('fgw', A.saveSelfAssessmentAction, selfSheet('fgw', { 'score.A1': '4' }), { message: 'assessment.errors.published' });
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
