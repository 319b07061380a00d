'use server';

import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { db } from '@/db/client';
import { assessmentUnits, assessments, attachments, selfAssessments, units, type Assessment } from '@/db/schema';
import { ASSESSED_UNIT_KINDS } from '@/db/schema/enums';
import { findOrThrow, updateVersioned } from '@/lib/actions/crud';
import { ActionError, ConflictError, FieldErrors, ScopeError, defineAction, type ActionContext } from '@/lib/auth/action';
import { sendNotice } from '@/lib/notices/send';
import { EVIDENCE_LIMITS, checkEvidenceFile } from '@/lib/reports/file-type';
import { safeFileName, storeEvidence } from '@/lib/reports/storage';
import { LIMITS, checkLimits } from '@/lib/security/rate-limit';
import { loadRubric } from '@/lib/rubrics/queries';
import { allIndicators, appliesByRubric, parseSheetForm } from './sheet';
import { namedCodes, parseSelfForm, type SelfIntent } from './self';
import { assessmentRubric, computeResults, outcomeOf } from './results';
import { REOPEN_TO, editProblem, transitionProblem, type AssessmentStage } from './stages';
import {
  advanceSchema,
  createAssessmentSchema,
  detachEvidenceSchema,
  publishSchema,
  reopenSchema,
  scoreSheetSchema,
  returnSelfSchema,
  selfSheetSchema,
} from './validation';

const assessmentOrThrow = (tx: Tx, id: number): Assessment => findOrThrow(tx, assessments, id);

/** Refuses a change to a unit's self-assessment or sheet outside its stage, and any change once published. */
function assertEditable(a: Pick<Assessment, 'stage'>, edit: 'self' | 'score') {
  const problem = editProblem(a.stage, edit);
  if (problem) throw new ActionError({ key: `assessment.errors.${problem}` });
}

/** Moves the assessment to `stage` under its version: a second office worker's stale click is told. */
function setStage(tx: Tx, a: Assessment, stage: AssessmentStage, now: Date, extra: Partial<Assessment> = {}) {
  return updateVersioned(tx, assessments, a, { stage, stageChangedAt: now, ...extra }, now);
}

function notifyUnits(tx: Tx, a: Assessment, stage: AssessmentStage, senderId: number) {
  const members = tx.select({ unitId: assessmentUnits.unitId }).from(assessmentUnits).where(eq(assessmentUnits.assessmentId, a.id)).all();
  for (const m of members) sendNotice(tx, { unitId: m.unitId, senderId, kind: 'assessment_stage', params: { year: a.year, stage } });
  return members.length;
}

/** Starts a year's assessment in draft; the rubric can still change until it leaves draft. */
export const createAssessmentAction = defineAction({
  name: 'assessment.create',
  permission: 'assessment.manage',
  schema: createAssessmentSchema,
  run({ tx, input, user, audit }) {
    if (tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.year, input.year)).get()) {
      throw new ActionError({ key: 'assessment.errors.exists', values: { year: input.year } }, 'year');
    }
    const a = tx.insert(assessments).values({ year: input.year, createdBy: user.id }).returning().get();
    audit({ objectType: 'assessment', objectId: a.id, after: a });
    return { redirectTo: `/assessments/${a.year}` };
  },
});

/**
 * Moves an assessment one stage on. Leaving draft freezes the rubric (it must add up) and takes in
 * the active units with their group and enforcement flag as they are now; units are told when
 * self-assessment starts.
 */
export const advanceAssessmentAction = defineAction({
  name: 'assessment.advance',
  permission: 'assessment.manage',
  schema: advanceSchema,
  run({ tx, input, user, audit, now }) {
    const a = assessmentOrThrow(tx, input.id);
    if (a.version !== input.version) throw new ConflictError();
    if (input.to === 'published') throw new ActionError({ key: 'assessment.errors.notNext' });
    const loaded = a.stage === 'draft' ? loadRubric(tx, a.year) : undefined;
    const rubricState = !loaded ? 'missing' : !loaded.rubric || loaded.problems.length > 0 ? 'unusable' : 'usable';
    const problem = transitionProblem(a.stage, input.to, a.stage === 'draft' ? rubricState : 'usable');
    if (problem) throw new ActionError({ key: `assessment.errors.${problem}`, values: { year: a.year } });

    let extra: Partial<Assessment> = {};
    let taken = 0;
    if (a.stage === 'draft') {
      extra = { rubric: loaded!.rubric };
      // Cooperating bodies outside the government (the court, the procuratorate) are never assessed.
      const active = tx.select().from(units).where(and(eq(units.active, true), inArray(units.kind, [...ASSESSED_UNIT_KINDS]))).all();
      for (const u of active) {
        tx.insert(assessmentUnits).values({ assessmentId: a.id, unitId: u.id, group: u.group, enforcement: u.enforcement }).onConflictDoNothing().run();
      }
      taken = active.length;
    }
    const after = setStage(tx, a, input.to, now, extra);
    const notified = input.to === 'self' ? notifyUnits(tx, a, 'self', user.id) : 0;
    audit({ objectType: 'assessment', objectId: a.id, before: { stage: a.stage, version: a.version }, after: { stage: after.stage, version: after.version, units: taken || undefined, notified } });
    return { message: { key: 'assessment.stageChanged', values: { stage: input.to } } };
  },
});

/** Publishes: freezes every unit's outcome (scores, ranks, grades, computed rates) and tells the units. */
export const publishAssessmentAction = defineAction({
  name: 'assessment.publish',
  permission: 'assessment.manage',
  schema: publishSchema,
  run({ tx, input, user, audit, now }) {
    const a = assessmentOrThrow(tx, input.id);
    if (a.version !== input.version) throw new ConflictError();
    if (a.stage === 'published') throw new ActionError({ key: 'assessment.errors.published' });
    if (a.stage !== 'review') throw new ActionError({ key: 'assessment.errors.notReview' });
    const rubric = assessmentRubric(a);
    if (!rubric) throw new ActionError({ key: 'assessment.errors.rubricUnusable', values: { year: a.year } });
    const results = computeResults(tx, a, rubric);
    const ranked = results.filter((r) => r.rank !== null).length;
    if (ranked === 0) throw new ActionError({ key: 'assessment.errors.nothingScored' });
    const unscored = results.length - ranked;
    if (unscored > 0 && !input.confirmUnscored) throw new ActionError({ key: 'assessment.errors.confirmUnscored', values: { count: unscored } }, 'confirmUnscored');
    for (const r of results) tx.update(assessmentUnits).set({ result: outcomeOf(r) }).where(eq(assessmentUnits.id, r.assessmentUnitId)).run();
    const after = setStage(tx, a, 'published', now, { publishedAt: now, publishedBy: user.id });
    notifyUnits(tx, a, 'published', user.id);
    audit({
      objectType: 'assessment',
      objectId: a.id,
      before: { stage: a.stage, version: a.version },
      after: { stage: after.stage, version: after.version, ranked, unscored, ranking: results.map((r) => ({ unit: r.code, total: r.score.total, rank: r.rank, grade: r.grade })) },
    });
    return { redirectTo: `/assessments/${a.year}?done=published` };
  },
});

/** Withdraws a publication (with a reason, audited): back to scoring, the frozen outcome is released. */
export const reopenAssessmentAction = defineAction({
  name: 'assessment.reopen',
  permission: 'assessment.manage',
  schema: reopenSchema,
  run({ tx, input, audit, now }) {
    const a = assessmentOrThrow(tx, input.id);
    if (a.version !== input.version) throw new ConflictError();
    if (a.stage !== 'published') throw new ActionError({ key: 'assessment.errors.notPublished' });
    const frozen = tx
      .select({ unitId: assessmentUnits.unitId, result: assessmentUnits.result })
      .from(assessmentUnits)
      .where(eq(assessmentUnits.assessmentId, a.id))
      .all();
    tx.update(assessmentUnits).set({ result: null }).where(eq(assessmentUnits.assessmentId, a.id)).run();
    const after = setStage(tx, a, REOPEN_TO, now, { publishedAt: null, publishedBy: null, reopenCount: a.reopenCount + 1 });
    audit({
      objectType: 'assessment',
      objectId: a.id,
      before: { stage: a.stage, version: a.version, publishedAt: a.publishedAt, results: frozen },
      after: { stage: after.stage, version: after.version },
      detail: input.reason,
    });
    return { redirectTo: `/assessments/${a.year}?done=reopened` };
  },
});

interface PreparedFile {
  name: string;
  size: number;
  type: string;
  mime: string;
  sha256: string;
}

/** The evidence files chosen on the sheet, by indicator code (`files.A1`); blank file inputs dropped. */
function chosenFiles(form: Record<string, unknown>): Map<string, File[]> {
  const out = new Map<string, File[]>();
  for (const [key, value] of Object.entries(form)) {
    if (!key.startsWith('files.')) continue;
    const files = (Array.isArray(value) ? value : [value]).filter((f): f is File => f instanceof File && f.size > 0 && f.name !== '');
    if (files.length > 0) out.set(key.slice('files.'.length), files);
  }
  return out;
}

/** A unit's row in an assessment, if it is assessed. */
function assessmentUnitOf(tx: Tx, a: Assessment, unitId: number) {
  return tx
    .select()
    .from(assessmentUnits)
    .where(and(eq(assessmentUnits.assessmentId, a.id), eq(assessmentUnits.unitId, unitId)))
    .get();
}

/** The unit's row in the assessment, refused when another unit's or when the sheet is locked (submitted). */
function ownSheet(tx: Tx, a: Assessment, unitId: number) {
  const au = assessmentUnitOf(tx, a, unitId);
  if (!au) throw new ActionError({ key: 'assessment.errors.notAssessed' });
  if (au.selfStatus === 'submitted') throw new ActionError({ key: 'assessment.errors.selfSubmitted' });
  return au;
}

type SelfSheetInput = { assessmentId: number; unitId: number; form: Record<string, unknown> };

/** Checks and stores the evidence files before the transaction, so that nothing is stored for a refused save. */
async function prepareSelfSheet({ user, input }: { user: { id: number; unitId: number | null }; input: SelfSheetInput }): Promise<{ files: Map<string, PreparedFile[]> }> {
  const files = new Map<string, PreparedFile[]>();
  if (input.unitId !== user.unitId) return { files };
  // Checked again in the transaction.
  const a = db.select({ stage: assessments.stage }).from(assessments).where(eq(assessments.id, input.assessmentId)).get();
  if (a) assertEditable(a, 'self');
  const au = db
    .select({ selfStatus: assessmentUnits.selfStatus })
    .from(assessmentUnits)
    .where(and(eq(assessmentUnits.assessmentId, input.assessmentId), eq(assessmentUnits.unitId, input.unitId)))
    .get();
  if (au?.selfStatus === 'submitted') throw new ActionError({ key: 'assessment.errors.selfSubmitted' });
  const chosen = chosenFiles(input.form);
  if (chosen.size > 0) {
    const wait = checkLimits([[`upload:user:${user.id}`, LIMITS.uploadPerUser]]);
    if (wait > 0) throw new ActionError({ key: 'rateLimited', values: { seconds: wait } });
  }
  for (const [code, list] of chosen) {
    const field = `files.${code}`;
    if (list.length > EVIDENCE_LIMITS.maxFiles) throw new ActionError({ key: 'assessment.errors.tooManyFiles', values: { max: EVIDENCE_LIMITS.maxFiles } }, field);
    const stored: PreparedFile[] = [];
    for (const file of list) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const check = await checkEvidenceFile(file.name, bytes);
      if (!check.ok) throw new ActionError({ key: `assessment.errors.file.${check.problem}`, values: { name: file.name } }, field);
      stored.push({ name: safeFileName(file.name), size: bytes.length, type: check.type, mime: check.mime, sha256: storeEvidence(bytes) });
    }
    files.set(code, stored);
  }
  return { files };
}

/**
 * Saves the whole sheet in one go: every indicator's score, explanation and new evidence. Each
 * indicator is version-checked (another officer of the unit saving meanwhile is told, nothing is
 * overwritten); only the indicators that changed are written. A submission also checks the sheet is
 * complete and locks it. Own unit only, during self-assessment, while not submitted.
 */
function saveSelfSheet(ctx: ActionContext<SelfSheetInput> & { prepared: { files: Map<string, PreparedFile[]> } }, intent: SelfIntent) {
  const { tx, input, user, audit, now, prepared } = ctx;
  if (input.unitId !== user.unitId) throw new ScopeError('assessment_unit', input.unitId);
  const a = assessmentOrThrow(tx, input.assessmentId);
  assertEditable(a, 'self');
  const au = ownSheet(tx, a, user.unitId);
  const rubric = assessmentRubric(a);
  if (!rubric) throw new ActionError({ key: 'assessment.errors.rubricUnusable', values: { year: a.year } });
  const applicable = allIndicators(rubric).filter((i) => appliesByRubric(i, au));
  const known = new Set(applicable.map((i) => i.code));
  // An indicator the rubric lacks, or one that does not apply to the unit (D: enforcement powers only).
  if ([...namedCodes(input.form)].some((code) => !known.has(code))) throw new ActionError({ key: 'notFound' });
  const parsed = parseSelfForm(applicable, input.form, intent);
  if (!parsed.ok) throw new FieldErrors(parsed.errors);

  const rows = new Map(
    tx
      .select()
      .from(selfAssessments)
      .where(eq(selfAssessments.assessmentUnitId, au.id))
      .all()
      .map((r) => [r.indicatorCode, r]),
  );
  // Any indicator saved since the form was loaded: nothing of the sheet is written.
  if (parsed.lines.some((l) => (rows.get(l.code)?.version ?? 0) !== l.version)) throw new ConflictError();

  let changed = 0;
  for (const line of parsed.lines) {
    const before = rows.get(line.code);
    const files = prepared.files.get(line.code) ?? [];
    const same = before ? before.score === line.score && before.explanation === line.explanation : line.score === null && line.explanation === null;
    if (same && files.length === 0) continue;
    changed++;
    const values = { score: line.score, explanation: line.explanation, updatedBy: user.id, updatedAt: now };
    const after = before
      ? tx
          .update(selfAssessments)
          .set({ ...values, version: before.version + 1 })
          .where(and(eq(selfAssessments.id, before.id), eq(selfAssessments.version, before.version)))
          .returning()
          .get()
      : tx.insert(selfAssessments).values({ ...values, assessmentUnitId: au.id, indicatorCode: line.code }).returning().get();
    if (!after) throw new ConflictError();
    if (files.length > 0) {
      const kept = tx
        .select({ n: count() })
        .from(attachments)
        .where(and(eq(attachments.ownerType, 'self_assessment'), eq(attachments.ownerId, after.id), isNull(attachments.detachedAt)))
        .get()!.n;
      if (kept + files.length > EVIDENCE_LIMITS.maxFiles) {
        throw new ActionError({ key: 'assessment.errors.tooManyFiles', values: { max: EVIDENCE_LIMITS.maxFiles } }, `files.${line.code}`);
      }
    }
    const added = files.map((f) =>
      tx
        .insert(attachments)
        .values({ ownerType: 'self_assessment', ownerId: after.id, unitId: user.unitId, sha256: f.sha256, originalName: f.name, type: f.type, mime: f.mime, size: f.size, uploadedBy: user.id, uploadedAt: now })
        .returning({ id: attachments.id, name: attachments.originalName, sha256: attachments.sha256 })
        .get(),
    );
    audit({
      action: 'assessment.self-save',
      objectType: 'self_assessment',
      objectId: after.id,
      before: before ? { score: before.score, explanation: before.explanation, version: before.version } : null,
      after: { indicator: line.code, score: after.score, explanation: after.explanation, version: after.version, files: added },
    });
  }
  return { a, au, changed };
}

/** A unit's self-assessment draft: the whole sheet saved as typed (blanks allowed). Own unit only. */
export const saveSelfAssessmentAction = defineAction({
  name: 'assessment.self-save',
  permission: 'assessment.self',
  schema: selfSheetSchema,
  prepare: prepareSelfSheet,
  run(ctx) {
    const { changed } = saveSelfSheet(ctx, 'draft');
    return { message: { key: changed > 0 ? 'assessment.selfDraftSaved' : 'assessment.selfNothingChanged' } };
  },
});

/**
 * Submits the self-assessment: saves the sheet as typed, then requires it complete (every score, an
 * explanation below full marks) and locks it until the office returns it. A refusal writes nothing.
 */
export const submitSelfAssessmentAction = defineAction({
  name: 'assessment.self-submit',
  permission: 'assessment.self',
  schema: selfSheetSchema,
  prepare: prepareSelfSheet,
  run(ctx) {
    const { tx, user, audit, now } = ctx;
    const { au } = saveSelfSheet(ctx, 'submit');
    const after = tx
      .update(assessmentUnits)
      .set({ selfStatus: 'submitted', selfSubmittedAt: now, selfSubmittedBy: user.id })
      .where(and(eq(assessmentUnits.id, au.id), ne(assessmentUnits.selfStatus, 'submitted')))
      .returning()
      .get();
    if (!after) throw new ActionError({ key: 'assessment.errors.selfSubmitted' });
    audit({
      objectType: 'assessment_unit',
      objectId: au.id,
      before: { selfStatus: au.selfStatus },
      after: { selfStatus: after.selfStatus, selfSubmittedAt: now, selfSubmittedBy: user.id },
    });
    return { message: { key: 'assessment.selfSubmittedDone' } };
  },
});

/**
 * The office returns a submitted self-assessment with a required comment: the unit is told (a notice
 * carrying the comment) and may edit and submit again. Only during self-assessment.
 */
export const returnSelfAssessmentAction = defineAction({
  name: 'assessment.self-return',
  permission: 'assessment.manage',
  schema: returnSelfSchema,
  run({ tx, input, user, audit }) {
    const a = assessmentOrThrow(tx, input.assessmentId);
    assertEditable(a, 'self');
    const au = assessmentUnitOf(tx, a, input.unitId);
    if (!au) throw new ActionError({ key: 'notFound' });
    if (au.selfStatus !== 'submitted') throw new ActionError({ key: 'assessment.errors.selfNotSubmitted' });
    const after = tx
      .update(assessmentUnits)
      .set({ selfStatus: 'returned' })
      .where(and(eq(assessmentUnits.id, au.id), eq(assessmentUnits.selfStatus, 'submitted')))
      .returning()
      .get();
    if (!after) throw new ConflictError();
    sendNotice(tx, { unitId: au.unitId, senderId: user.id, kind: 'self_returned', params: { year: a.year }, body: input.comment });
    audit({
      objectType: 'assessment_unit',
      objectId: au.id,
      before: { unitId: au.unitId, selfStatus: au.selfStatus, selfSubmittedAt: au.selfSubmittedAt },
      after: { unitId: au.unitId, selfStatus: after.selfStatus },
      detail: input.comment,
    });
    return { message: { key: 'assessment.selfReturned' } };
  },
});

/** Removes an evidence file from a self-assessment (kept on disk and in the audit record). Own unit only. */
export const detachSelfEvidenceAction = defineAction({
  name: 'assessment.self-detach',
  permission: 'assessment.self',
  schema: detachEvidenceSchema,
  run({ tx, input, user, audit, now }) {
    const file = tx.select().from(attachments).where(eq(attachments.id, input.attachmentId)).get();
    if (!file || file.ownerType !== 'self_assessment' || file.detachedAt) throw new ActionError({ key: 'notFound' });
    if (file.unitId !== user.unitId) throw new ScopeError('attachment', file.id);
    const owner = tx
      .select({ assessmentId: assessmentUnits.assessmentId, selfStatus: assessmentUnits.selfStatus })
      .from(selfAssessments)
      .innerJoin(assessmentUnits, eq(assessmentUnits.id, selfAssessments.assessmentUnitId))
      .where(eq(selfAssessments.id, file.ownerId))
      .get();
    if (!owner) throw new ActionError({ key: 'notFound' });
    assertEditable(assessmentOrThrow(tx, owner.assessmentId), 'self');
    if (owner.selfStatus === 'submitted') throw new ActionError({ key: 'assessment.errors.selfSubmitted' });
    tx.update(attachments).set({ detachedAt: now }).where(eq(attachments.id, file.id)).run();
    audit({ objectType: 'attachment', objectId: file.id, before: { detachedAt: null, name: file.originalName }, after: { detachedAt: now } });
    return { message: { key: 'assessment.fileRemoved' } };
  },
});

/** The assessors' sheet for one unit, saved whole under its version (no lost update between assessors). */
export const saveScoreSheetAction = defineAction({
  name: 'assessment.score',
  permission: 'assessment.score',
  schema: scoreSheetSchema,
  run({ tx, input, user, audit, now }) {
    const a = assessmentOrThrow(tx, input.assessmentId);
    assertEditable(a, 'score');
    const au = assessmentUnitOf(tx, a, input.unitId);
    if (!au) throw new ActionError({ key: 'notFound' });
    const rubric = assessmentRubric(a);
    if (!rubric) throw new ActionError({ key: 'assessment.errors.rubricUnusable', values: { year: a.year } });
    const parsed = parseSheetForm(rubric, au, input.form);
    if (!parsed.ok) throw new FieldErrors(parsed.errors);
    const sheet = parsed.sheet;
    if (au.sheetVersion !== input.version) throw new ConflictError();
    const after = tx
      .update(assessmentUnits)
      .set({ ...sheet, sheetVersion: au.sheetVersion + 1, scoredAt: now, scoredBy: user.id })
      .where(and(eq(assessmentUnits.id, au.id), eq(assessmentUnits.sheetVersion, au.sheetVersion)))
      .returning()
      .get();
    if (!after) throw new ConflictError();
    audit({
      objectType: 'score_sheet',
      objectId: au.id,
      before: { unitId: au.unitId, version: au.sheetVersion, inputs: au.inputs, bonus: au.bonus, vetoes: au.vetoes },
      after: { unitId: au.unitId, version: after.sheetVersion, ...sheet },
    });
    return { message: { key: 'assessment.sheetSaved' } };
  },
});
