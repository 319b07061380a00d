import { z } from 'zod';
import { checkbox, id, intIn, list, optionalText, requiredText } from '@/lib/validation/fields';
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
 * The scoring sheet: the keys identify the unit; every other field (`form`) is read against the
 * assessment's frozen rubric in the action (lib/assessments/sheet.ts parseSheetForm).
 */
export const scoreSheetSchema = z
  .object({ assessmentId: id(), unitId: id(), version: version() })
  .catchall(z.unknown())
  .transform(({ assessmentId, unitId, version, ...form }) => ({ assessmentId, unitId, version, form }));
