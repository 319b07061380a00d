'use server';

import { and, count, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { db } from '@/db/client';
import { assessmentUnits, assessments, attachments, selfAssessments, units, type Assessment } from '@/db/schema';
import { findOrThrow, updateVersioned } from '@/lib/actions/crud';
import { ActionError, ConflictError, FieldErrors, ScopeError, defineAction } from '@/lib/auth/action';
import { sendNotice } from '@/lib/notices/send';
import { EVIDENCE_LIMITS, checkEvidenceFile } from '@/lib/reports/file-type';
import { safeFileName, storeEvidence } from '@/lib/reports/storage';
import { LIMITS, checkLimits } from '@/lib/security/rate-limit';
import { loadRubric } from '@/lib/rubrics/queries';
import { scoreProblem } from '@/lib/scoring/rules';
import { allIndicators, parseSheetForm } from './sheet';
import { assessmentRubric, computeResults, outcomeOf } from './results';
import { REOPEN_TO, editProblem, transitionProblem, type AssessmentStage } from './stages';
import {
  advanceSchema,
  createAssessmentSchema,
  detachEvidenceSchema,
  publishSchema,
  reopenSchema,
  scoreSheetSchema,
  selfAssessmentSchema,
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
      const active = tx.select().from(units).where(eq(units.active, true)).all();
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

/** A unit's self-assessment of one indicator: score, explanation and new evidence files. Own unit only. */
export const saveSelfAssessmentAction = defineAction({
  name: 'assessment.self-save',
  permission: 'assessment.self',
  schema: selfAssessmentSchema,
  async prepare({ user, input }) {
    if (input.unitId !== user.unitId) return { files: [] };
    // Checked again in the transaction; here so that nothing is stored for a refused save.
    const a = db.select({ stage: assessments.stage }).from(assessments).where(eq(assessments.id, input.assessmentId)).get();
    if (a) assertEditable(a, 'self');
    if (input.files.length > 0) {
      const wait = checkLimits([[`upload:user:${user.id}`, LIMITS.uploadPerUser]]);
      if (wait > 0) throw new ActionError({ key: 'rateLimited', values: { seconds: wait } });
    }
    if (input.files.length > EVIDENCE_LIMITS.maxFiles) throw new ActionError({ key: 'assessment.errors.tooManyFiles', values: { max: EVIDENCE_LIMITS.maxFiles } }, 'files');
    const files = [];
    for (const file of input.files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const check = await checkEvidenceFile(file.name, bytes);
      if (!check.ok) throw new ActionError({ key: `assessment.errors.file.${check.problem}`, values: { name: file.name } }, 'files');
      files.push({ name: safeFileName(file.name), size: bytes.length, type: check.type, mime: check.mime, bytes });
    }
    return { files: files.map(({ bytes, ...f }) => ({ ...f, sha256: storeEvidence(bytes) })) };
  },
  run({ tx, input, user, audit, now, prepared }) {
    if (input.unitId !== user.unitId) throw new ScopeError('assessment_unit', input.unitId);
    const a = assessmentOrThrow(tx, input.assessmentId);
    assertEditable(a, 'self');
    const au = tx
      .select()
      .from(assessmentUnits)
      .where(and(eq(assessmentUnits.assessmentId, a.id), eq(assessmentUnits.unitId, user.unitId)))
      .get();
    if (!au) throw new ActionError({ key: 'assessment.errors.notAssessed' });
    const rubric = assessmentRubric(a);
    const ind = rubric ? allIndicators(rubric).find((i) => i.code === input.code) : undefined;
    if (!ind || (ind.appliesTo === 'enforcement' && !au.enforcement)) throw new ActionError({ key: 'notFound' });
    const problem = scoreProblem(input.score, ind.points);
    if (problem) throw new ActionError(problem, 'score');

    const before = tx
      .select()
      .from(selfAssessments)
      .where(and(eq(selfAssessments.assessmentUnitId, au.id), eq(selfAssessments.indicatorCode, ind.code)))
      .get();
    if ((before?.version ?? 0) !== input.version) throw new ConflictError();
    const values = { score: input.score, explanation: input.explanation, updatedBy: user.id, updatedAt: now };
    const after = before
      ? tx
          .update(selfAssessments)
          .set({ ...values, version: before.version + 1 })
          .where(and(eq(selfAssessments.id, before.id), eq(selfAssessments.version, before.version)))
          .returning()
          .get()
      : tx.insert(selfAssessments).values({ ...values, assessmentUnitId: au.id, indicatorCode: ind.code }).returning().get();
    if (!after) throw new ConflictError();

    const kept = tx
      .select({ n: count() })
      .from(attachments)
      .where(and(eq(attachments.ownerType, 'self_assessment'), eq(attachments.ownerId, after.id), isNull(attachments.detachedAt)))
      .get()!.n;
    if (kept + prepared.files.length > EVIDENCE_LIMITS.maxFiles) {
      throw new ActionError({ key: 'assessment.errors.tooManyFiles', values: { max: EVIDENCE_LIMITS.maxFiles } }, 'files');
    }
    const added = prepared.files.map((f) =>
      tx
        .insert(attachments)
        .values({ ownerType: 'self_assessment', ownerId: after.id, unitId: user.unitId, sha256: f.sha256, originalName: f.name, type: f.type, mime: f.mime, size: f.size, uploadedBy: user.id, uploadedAt: now })
        .returning({ id: attachments.id, name: attachments.originalName, sha256: attachments.sha256 })
        .get(),
    );
    audit({
      objectType: 'self_assessment',
      objectId: after.id,
      before: before ? { score: before.score, explanation: before.explanation } : null,
      after: { indicator: ind.code, score: after.score, explanation: after.explanation, files: added },
    });
    return { message: { key: 'assessment.selfSaved', values: { code: ind.code } } };
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
      .select({ assessmentId: assessmentUnits.assessmentId })
      .from(selfAssessments)
      .innerJoin(assessmentUnits, eq(assessmentUnits.id, selfAssessments.assessmentUnitId))
      .where(eq(selfAssessments.id, file.ownerId))
      .get();
    if (!owner) throw new ActionError({ key: 'notFound' });
    assertEditable(assessmentOrThrow(tx, owner.assessmentId), 'self');
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
    const au = tx
      .select()
      .from(assessmentUnits)
      .where(and(eq(assessmentUnits.assessmentId, a.id), eq(assessmentUnits.unitId, input.unitId)))
      .get();
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
