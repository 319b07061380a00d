import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { assessments, assessmentUnits } from '@/db/schema';
import { checkbox, id, intIn, list, optionalText, requiredText } from '@/lib/validation/fields';
import { assessmentRubric } from './results';
import { parseSheetForm, type StoredSheet } from './sheet';
import { ASSESSMENT_STAGES } from './stages';

const version = () => intIn(1, 1_000_000_000);

export const createAssessmentSchema = z.object({ year: intIn(2000, 2100) });

export const advanceSchema = z.object({ id: id(), version: version(), to: z.enum(ASSESSMENT_STAGES) });

export const publishSchema = z.object({ id: id(), version: version(), confirmUnscored: checkbox() });

export const reopenSchema = z.object({ id: id(), version: version(), reason: requiredText(1000) });

/** Blank → undefined (required); text that is no number stays text (not a number). */
const toNumber = (v: unknown) => {
  if (typeof v !== 'string') return v ?? undefined;
  const t = v.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isNaN(n) ? v : n;
};

export const selfAssessmentSchema = z.object({
  assessmentId: id(),
  unitId: id(),
  code: z.string().trim().min(1).max(32),
  /** 0 when the indicator has no self-assessment yet. */
  version: intIn(0, 1_000_000_000),
  score: z.preprocess(toNumber, z.number().min(0)),
  explanation: optionalText(2000),
  files: list(z.unknown()).transform((items) => items.filter((f): f is File => f instanceof File && f.size > 0 && f.name !== '')),
});

export const detachEvidenceSchema = z.object({ attachmentId: id() });

/**
 * The scoring sheet: the keys identify the unit, every other field is read against the assessment's
 * frozen rubric (lib/assessments/sheet.ts), and every field with a problem is reported at once.
 */
export const scoreSheetSchema = z
  .object({ assessmentId: id(), unitId: id(), version: version() })
  .catchall(z.unknown())
  .transform((v, ctx): { assessmentId: number; unitId: number; version: number; sheet: StoredSheet } => {
    // The rubric is frozen once the assessment leaves draft, so reading it here, before the write's
    // transaction, reads what the transaction will see; the stage itself is checked in the transaction.
    const a = db.select().from(assessments).where(eq(assessments.id, v.assessmentId)).get();
    const rubric = a ? assessmentRubric(a) : null;
    const au = a ? db.select().from(assessmentUnits).where(eq(assessmentUnits.assessmentId, a.id)).all().find((u) => u.unitId === v.unitId) : undefined;
    const empty = { assessmentId: v.assessmentId, unitId: v.unitId, version: v.version, sheet: { inputs: {}, bonus: {}, vetoes: {} } };
    // Not found or still in draft: the action says so.
    if (!rubric || !au) return empty;
    const parsed = parseSheetForm(rubric, au, v);
    if (parsed.ok) return { ...empty, sheet: parsed.sheet };
    for (const [field, ref] of Object.entries(parsed.errors)) ctx.addIssue({ code: 'custom', path: [field], message: ref.key, params: ref.values });
    return z.NEVER;
  });
