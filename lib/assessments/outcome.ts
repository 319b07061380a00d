import { z } from 'zod';
import { GROUPS } from '@/lib/scoring/groups';
import type { UnitScore } from '@/lib/scoring/compute';
import { COMPUTED_SOURCES, type ComputedRate } from './sheet';

// What publication freezes on each assessed unit (assessment_units.result, JSON). The JSON carries
// the version of its shape and is parsed on read: an outcome written by another scoring engine is
// refused loudly, never misread.

/** The shape version written now. Bump it (and read the older ones explicitly) when UnitOutcome changes. */
export const OUTCOME_VERSION = 1;

const n = () => z.number();

const unitScoreSchema = z.object({
  unitId: z.number().int(),
  group: z.enum(GROUPS),
  indicators: z.array(z.object({ code: z.string(), applies: z.boolean(), points: n(), earned: n().nullable(), missing: z.boolean() })),
  earned: n(),
  applicablePoints: n(),
  normalised: n(),
  bonus: n(),
  total: n(),
  vetoed: z.boolean(),
  complete: z.boolean(),
}) satisfies z.ZodType<UnitScore>;

const outcomeSchema = z.object({
  // Outcomes frozen before the version was recorded have this shape.
  version: z.literal(OUTCOME_VERSION).default(OUTCOME_VERSION),
  score: unitScoreSchema,
  rank: z.number().int().nullable(),
  grade: z.string().nullable(),
  gradeBeforeQuota: z.string().nullable(),
  droppedByQuota: z.boolean(),
  selfTotal: n().nullable(),
  selfComplete: z.boolean(),
  difference: n().nullable(),
  rates: z.record(z.string(), z.object({ source: z.enum(COMPUTED_SOURCES), rate: n().nullable(), part: n(), whole: n() }) satisfies z.ZodType<ComputedRate>),
});

/** A unit's scored outcome: what the results pages show, and what publication freezes. */
export interface UnitOutcome {
  score: UnitScore;
  /** Null when the sheet is incomplete: such a unit is not ranked or graded. */
  rank: number | null;
  grade: string | null;
  gradeBeforeQuota: string | null;
  droppedByQuota: boolean;
  /** The unit's own total by its self scores (same normalisation, no bonus); null when it entered none. */
  selfTotal: number | null;
  selfComplete: boolean;
  /** final − self, two decimals; null without a self total or an incomplete sheet. */
  difference: number | null;
  rates: Record<string, ComputedRate>;
}

/** The JSON to store for an outcome, with its shape version. */
export function freezeOutcome(o: UnitOutcome): UnitOutcome & { version: number } {
  const { score, rank, grade, gradeBeforeQuota, droppedByQuota, selfTotal, selfComplete, difference, rates } = o;
  return { version: OUTCOME_VERSION, score, rank, grade, gradeBeforeQuota, droppedByQuota, selfTotal, selfComplete, difference, rates };
}

/** A stored outcome read back; throws when it is not an outcome of a version this code reads. */
export function readOutcome(json: unknown): UnitOutcome {
  const parsed = outcomeSchema.safeParse(json);
  if (!parsed.success) {
    const version = json && typeof json === 'object' ? (json as { version?: unknown }).version : undefined;
    throw new Error(`frozen outcome (version ${String(version ?? 'none')}) does not read as version ${OUTCOME_VERSION}: ${parsed.error.issues[0]?.message}`);
  }
  const { version: _version, ...outcome } = parsed.data;
  return outcome;
}
