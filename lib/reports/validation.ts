import { z } from 'zod';
import { REPORT_STATES, REVIEW_DECISIONS } from '@/db/schema/enums';
import { MAX_TEXT, id, intIn, optionalDay, optionalText, requiredText } from '@/lib/validation/fields';

/**
 * A report cannot say it is 100 % done and 滞后 (delayed) at once: finished work is not behind. The form
 * shows the same rule as the user types; the server refuses it on the state field.
 */
export function percentStateProblem(percent: number | null | undefined, state: string | null | undefined): 'reports.completeButDelayed' | null {
  return percent === 100 && state === 'delayed' ? 'reports.completeButDelayed' : null;
}

const consistent = (v: { percent: number | null; state: string | null }) => !percentStateProblem(v.percent, v.state);
const inconsistency = { path: ['state'], message: 'reports.completeButDelayed' };

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const startReportSchema = z.object({ roundId: id(), assignmentId: id() });

const reportFields = {
  id: id(),
  version: intIn(1, 1_000_000),
  problems: optionalText(MAX_TEXT),
  nextSteps: optionalText(MAX_TEXT),
};

/** A draft may be partial, but what it holds must be valid. */
export const draftSchema = z.object({
  ...reportFields,
  intent: z.literal('draft'),
  percent: z.preprocess(blankToUndefined, intIn(0, 100).optional()).transform((v) => v ?? null),
  state: z.preprocess(blankToUndefined, z.enum(REPORT_STATES).optional()).transform((v) => v ?? null),
  workDone: optionalText(MAX_TEXT),
}).refine(consistent, inconsistency);

/** A submission is complete: percent, state and the work done are required. */
export const submitSchema = z.object({
  ...reportFields,
  intent: z.literal('submit'),
  percent: intIn(0, 100),
  state: z.enum(REPORT_STATES),
  workDone: requiredText(MAX_TEXT),
}).refine(consistent, inconsistency);

export const saveReportSchema = z.discriminatedUnion('intent', [draftSchema, submitSchema], { error: 'v.invalid' });

export const uploadEvidenceSchema = z.object({
  reportId: id(),
  file: z.instanceof(File, { message: 'reports.files.noFile' }).refine((f) => f.size > 0, 'reports.files.empty'),
});

export const attachmentIdSchema = z.object({ id: id() });

export const reviewSchema = z
  .object({
    id: id(),
    version: intIn(1, 1_000_000),
    decision: z.enum(REVIEW_DECISIONS),
    comment: optionalText(2000),
    /** When returning: the last day the unit may resubmit (blank → the default, lib/reports/resubmit.ts). */
    resubmitDay: optionalDay(),
  })
  .refine((v) => v.decision === 'approved' || !!v.comment, { path: ['comment'], message: 'v.returnNeedsComment' });
