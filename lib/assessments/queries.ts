import 'server-only';
import { memo } from '@/lib/cache/memo';
import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { assessmentUnits, assessments, attachments, notices, selfAssessments, units, users, type Assessment, type AssessmentUnit } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { assessmentRubric, computeResults, type UnitResult } from './results';

export function getAssessment(year: number): Assessment | undefined {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  return db.select().from(assessments).where(eq(assessments.year, year)).get();
}

/** The years' assessments a user may know of: the office sees drafts too, everyone else from self-assessment on. */
export function listAssessments(user: Pick<CurrentUser, 'role'>) {
  return db
    .select()
    .from(assessments)
    .where(can(user.role, 'assessment.manage') ? undefined : ne(assessments.stage, 'draft'))
    .orderBy(desc(assessments.year))
    .all();
}

/** May this user read the results (ranking, any unit's sheet) of this assessment? */
export function canReadResults(user: Pick<CurrentUser, 'role'>, a: Pick<Assessment, 'stage'>): boolean {
  if (can(user.role, 'assessment.results.read')) return a.stage !== 'draft' || can(user.role, 'assessment.manage');
  return a.stage === 'published' && can(user.role, 'assessment.published.read');
}

/**
 * May this user open this unit's score sheet? Office, assessors and leaders any unit (once the
 * assessment has left draft); a unit only its own, and only after publication.
 */
export function canReadSheet(user: Pick<CurrentUser, 'role' | 'unitId'>, a: Pick<Assessment, 'stage'>, unitId: number): boolean {
  if (can(user.role, 'assessment.results.read')) return a.stage !== 'draft';
  return a.stage === 'published' && can(user.role, 'assessment.published.read') && user.unitId === unitId;
}

/**
 * May this user download an evidence file of a self-assessment (attachments.ownerId = self_assessments.id)?
 * Office, assessors and leaders any; a unit only its own. Used by the download route /api/attachments/[id].
 */
export function canReadSelfAssessmentEvidence(user: CurrentUser, ownerId: number): boolean {
  if (can(user.role, 'assessment.results.read')) return true;
  if (!can(user.role, 'assessment.self')) return false;
  const row = db
    .select({ unitId: assessmentUnits.unitId })
    .from(selfAssessments)
    .innerJoin(assessmentUnits, eq(assessmentUnits.id, selfAssessments.assessmentUnitId))
    .where(eq(selfAssessments.id, ownerId))
    .get();
  return row?.unitId === user.unitId;
}

/** Results of an assessment for the pages; callers check canReadResults / canReadSheet first. */
export function getResults(a: Assessment): { rubric: NonNullable<ReturnType<typeof assessmentRubric>>; results: UnitResult[] } | null {
  const rubric = assessmentRubric(a);
  if (!rubric) return null;
  // Shared by every viewer until the next write (or a minute: rates read live data until publication).
  return { rubric, results: memo(`results:${a.id}:${a.stage}:${a.version}`, 60_000, () => computeResults(db, a, rubric)) };
}

export function getAssessedUnit(assessmentId: number, code: string) {
  return db
    .select({ au: assessmentUnits, code: units.code, name: units.name, fullName: units.fullName })
    .from(assessmentUnits)
    .innerJoin(units, eq(units.id, assessmentUnits.unitId))
    .where(and(eq(assessmentUnits.assessmentId, assessmentId), eq(units.code, code)))
    .get();
}

export function getAssessedUnitById(assessmentId: number, unitId: number) {
  return db
    .select()
    .from(assessmentUnits)
    .where(and(eq(assessmentUnits.assessmentId, assessmentId), eq(assessmentUnits.unitId, unitId)))
    .get();
}

export interface SelfEntry {
  id: number;
  code: string;
  score: number | null;
  explanation: string | null;
  version: number;
  files: { id: number; name: string; size: number; type: string }[];
}

/**
 * A unit's self-assessment, by indicator code, with its evidence files. Scoped: a unit user gets
 * nothing for another unit, whatever id it passes.
 */
export function getSelfAssessment(user: Pick<CurrentUser, 'role' | 'unitId'>, assessmentUnitId: number): Record<string, SelfEntry> {
  const au = db.select({ unitId: assessmentUnits.unitId }).from(assessmentUnits).where(eq(assessmentUnits.id, assessmentUnitId)).get();
  if (!au) return {};
  const mayRead = can(user.role, 'assessment.results.read') || (can(user.role, 'assessment.self') && user.unitId === au.unitId);
  if (!mayRead) return {};
  const rows = db.select().from(selfAssessments).where(eq(selfAssessments.assessmentUnitId, assessmentUnitId)).all();
  const files = rows.length
    ? db
        .select({ id: attachments.id, ownerId: attachments.ownerId, name: attachments.originalName, size: attachments.size, type: attachments.type })
        .from(attachments)
        .where(
          and(
            eq(attachments.ownerType, 'self_assessment'),
            inArray(attachments.ownerId, rows.map((r) => r.id)),
            eq(attachments.unitId, au.unitId),
            isNull(attachments.detachedAt),
          ),
        )
        .orderBy(asc(attachments.id))
        .all()
    : [];
  return Object.fromEntries(
    rows.map((r) => [
      r.indicatorCode,
      {
        id: r.id,
        code: r.indicatorCode,
        score: r.score,
        explanation: r.explanation,
        version: r.version,
        files: files.filter((f) => f.ownerId === r.id).map(({ ownerId: _o, ...f }) => f),
      },
    ]),
  );
}

/** Per assessed unit: how many indicators it self-assessed (for the console). */
export function selfCounts(assessmentId: number): Map<number, number> {
  const rows = db
    .select({ unitId: assessmentUnits.unitId, score: selfAssessments.score })
    .from(selfAssessments)
    .innerJoin(assessmentUnits, eq(assessmentUnits.id, selfAssessments.assessmentUnitId))
    .where(eq(assessmentUnits.assessmentId, assessmentId))
    .all();
  const out = new Map<number, number>();
  for (const r of rows) if (r.score !== null) out.set(r.unitId, (out.get(r.unitId) ?? 0) + 1);
  return out;
}

export interface SelfStatus {
  status: AssessmentUnit['selfStatus'];
  submittedAt: Date | null;
}

/** Per assessed unit: where its self-assessment stands (draft, submitted and when, returned). */
export function selfStatuses(assessmentId: number): Map<number, SelfStatus> {
  const rows = db
    .select({ unitId: assessmentUnits.unitId, status: assessmentUnits.selfStatus, submittedAt: assessmentUnits.selfSubmittedAt })
    .from(assessmentUnits)
    .where(eq(assessmentUnits.assessmentId, assessmentId))
    .all();
  return new Map(rows.map((r) => [r.unitId, { status: r.status, submittedAt: r.submittedAt }]));
}

/** The office's comment when it last returned this unit's self-assessment of `year` (sent with the notice). */
export function lastSelfReturnComment(unitId: number, year: number): string | null {
  const rows = db
    .select({ params: notices.params, body: notices.body })
    .from(notices)
    .where(and(eq(notices.unitId, unitId), eq(notices.kind, 'self_returned')))
    .orderBy(desc(notices.id))
    .all();
  return rows.find((r) => Number(r.params?.year) === year)?.body ?? null;
}

/** Who signs the 通报: the full name of the unit of the office worker who published it. */
export function getIssuer(userId: number | null): string | null {
  if (userId === null) return null;
  return db.select({ name: units.fullName }).from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.id, userId)).get()?.name ?? null;
}
