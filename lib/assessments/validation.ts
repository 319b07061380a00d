import { z } from 'zod';
import { checkbox, id, intIn, requiredText } from '@/lib/validation/fields';
import { ASSESSMENT_STAGES } from './stages';

const version = () => intIn(1, 1_000_000_000);

export const createAssessmentSchema = z.object({ year: intIn(2000, 2100) });

export const advanceSchema = z.object({ id: id(), version: version(), to: z.enum(ASSESSMENT_STAGES) });

export const publishSchema = z.object({ id: id(), version: version(), confirmUnscored: checkbox() });

export const reopenSchema = z.object({ id: id(), version: version(), reason: requiredText(1000) });

/**
 * A unit's whole self-assessment sheet: the keys identify the unit; the indicator fields (`score.A1`,
 * `explanation.A1`, `version.A1`, `files.A1`) are read against the frozen rubric in the action
 * (lib/assessments/self.ts parseSelfForm).
 */
export const selfSheetSchema = z
  .object({ assessmentId: id(), unitId: id() })
  .catchall(z.unknown())
  .transform(({ assessmentId, unitId, ...form }) => ({ assessmentId, unitId, form }));

/** The office returns a submitted self-assessment to its unit, saying why. */
export const returnSelfSchema = z.object({ assessmentId: id(), unitId: id(), comment: requiredText(1000) });

export const detachEvidenceSchema = z.object({ attachmentId: id() });

/**
 * The scoring sheet: the keys identify the unit; every other field (`form`) is read against the
 * assessment's frozen rubric in the action (lib/assessments/sheet.ts parseSheetForm).
 */
export const scoreSheetSchema = z
  .object({ assessmentId: id(), unitId: id(), version: version() })
  .catchall(z.unknown())
  .transform(({ assessmentId, unitId, version, ...form }) => ({ assessmentId, unitId, version, form }));
