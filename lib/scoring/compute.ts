import { GROUPS, type Group } from './groups';
import { divideHalfUp, fromHundredths, toHundredths } from './hundredths';
import { rubricProblems, type GradeBand, type Indicator, type Rubric } from './rubric';
import { ruleEntry, type IndicatorInput } from './rules';

// Re-exported for callers that know the scoring module as one import.
export type { Group, IndicatorInput };

/** What scoring needs to know about a unit. */
export interface UnitFacts {
  unitId: number;
  group: Group;
  enforcement: boolean;
}

/** Everything entered for one unit: indicator inputs, bonus counts and veto codes, all keyed by rubric code. */
export interface UnitSheet {
  unit: UnitFacts;
  inputs: Record<string, IndicatorInput | undefined>;
  bonus: Record<string, number>;
  vetoed: string[];
  /**
   * Indicators that do not apply to this unit for want of data (a computed rate with nothing to
   * compute from, e.g. no reports owed): they drop out and the score is normalised, like appliesTo.
   */
  notApplicable?: string[];
}

/** One indicator's line on a unit's score sheet. */
export interface IndicatorResult {
  code: string;
  applies: boolean;
  points: number;
  /** Two decimals; null when the indicator does not apply or has no input yet. */
  earned: number | null;
  /** Applies but has no input (counted as 0). */
  missing: boolean;
}

/** A unit's score. All numbers are points with at most two decimals. */
export interface UnitScore {
  unitId: number;
  group: Group;
  indicators: IndicatorResult[];
  /** Sum of `earned` over applicable indicators. */
  earned: number;
  /** Sum of the points of applicable indicators. */
  applicablePoints: number;
  /** earned ÷ applicablePoints × basePoints, half up; equals `earned` when everything applies. */
  normalised: number;
  /** Σ count × pointsEach, capped at the rubric's bonusCap. */
  bonus: number;
  /** normalised + bonus. */
  total: number;
  vetoed: boolean;
  /** Every applicable indicator has an input. */
  complete: boolean;
}

/** A unit's score with its place and grade within its group. */
export interface RankedUnit extends UnitScore {
  /** Competition rank within the group (1, 2, 2, 4). */
  rank: number;
  grade: string;
  /** The grade by score alone (after veto, before the top-grade quota). */
  gradeBeforeQuota: string;
  droppedByQuota: boolean;
}

function fail(what: string): never {
  throw new RangeError(what);
}

function earnedHundredths(indicator: Indicator, input: IndicatorInput): number {
  const { rule, code } = indicator;
  if (input.kind !== rule.type) return fail(`${code}: expected ${rule.type} input, got ${String(input.kind)}`);
  const { kind: _kind, ...values } = input;
  try {
    return ruleEntry(rule.type).earned(rule, toHundredths(indicator.points), values);
  } catch (e) {
    if (e instanceof RangeError) fail(`${code}: ${e.message}`);
    throw e;
  }
}

/**
 * Points earned on one indicator, two decimals. deduct: max(0, points − perOccurrence × occurrences);
 * rate: points × rate, half up; judgment: the value. Throws RangeError on an input of the wrong kind
 * or out of range (negative or fractional occurrences, rate outside [0, 1], judgment outside
 * [0, points] or with more than two decimals).
 */
export function indicatorEarned(indicator: Indicator, input: IndicatorInput): number {
  return fromHundredths(earnedHundredths(indicator, input));
}

function assertUsable(rubric: Rubric): void {
  const problems = rubricProblems(rubric);
  if (problems.length > 0) fail(`rubric ${rubric.year} is not usable: ${problems.map((p) => p.kind).join(', ')}`);
}

/**
 * Scores one unit. Indicators that don't apply to it (appliesTo, or listed in notApplicable) drop out and the score is normalised to
 * basePoints (得分率折算); applicable indicators without input count as 0 and mark the score incomplete;
 * bonus is added after normalisation. Throws RangeError on an unusable rubric (see rubricProblems),
 * an invalid input, or a bonus/veto/input code the rubric doesn't have.
 */
export function scoreUnit(rubric: Rubric, sheet: UnitSheet): UnitScore {
  assertUsable(rubric);
  const { unit } = sheet;
  const known = new Set<string>();
  const indicators: IndicatorResult[] = [];
  let earned = 0;
  let applicable = 0;
  let complete = true;

  const dropped = new Set(sheet.notApplicable ?? []);
  for (const category of rubric.categories) {
    for (const ind of category.indicators) {
      known.add(ind.code);
      const pts = toHundredths(ind.points);
      const applies = (ind.appliesTo === 'all' || unit.enforcement) && !dropped.has(ind.code);
      if (!applies) {
        // An input left over for an indicator that doesn't apply is ignored, not validated.
        indicators.push({ code: ind.code, applies, points: ind.points, earned: null, missing: false });
        continue;
      }
      applicable += pts;
      const input = sheet.inputs[ind.code];
      if (input === undefined) {
        complete = false;
        indicators.push({ code: ind.code, applies, points: ind.points, earned: null, missing: true });
        continue;
      }
      const e = earnedHundredths(ind, input);
      earned += e;
      indicators.push({ code: ind.code, applies, points: ind.points, earned: fromHundredths(e), missing: false });
    }
  }
  for (const c of Object.keys(sheet.inputs)) if (!known.has(c)) fail(`unknown indicator ${c}`);
  for (const c of dropped) if (!known.has(c)) fail(`unknown indicator ${c}`);

  const base = toHundredths(rubric.basePoints);
  // Nothing applicable (a rubric of enforcement-only indicators and a unit without powers): nothing earned.
  const normalised = applicable === 0 ? 0 : applicable === base ? earned : divideHalfUp(earned * base, applicable);

  const bonusItems = new Map(rubric.bonus.map((b) => [b.code, toHundredths(b.pointsEach)]));
  let bonusRaw = 0;
  for (const [c, count] of Object.entries(sheet.bonus)) {
    const each = bonusItems.get(c);
    if (each === undefined) fail(`unknown bonus ${c}`);
    if (!Number.isSafeInteger(count) || count < 0) fail(`bonus ${c}: count ${count}`);
    bonusRaw += each * count;
  }
  const bonus = Math.min(bonusRaw, toHundredths(rubric.bonusCap));

  const vetoCodes = new Set(rubric.veto.map((v) => v.code));
  for (const c of sheet.vetoed) if (!vetoCodes.has(c)) fail(`unknown veto ${c}`);

  return {
    unitId: unit.unitId,
    group: unit.group,
    indicators,
    earned: fromHundredths(earned),
    applicablePoints: fromHundredths(applicable),
    normalised: fromHundredths(normalised),
    bonus: fromHundredths(bonus),
    total: fromHundredths(normalised + bonus),
    vetoed: sheet.vetoed.length > 0,
    complete,
  };
}

function bandFor(bands: GradeBand[], totalH: number): GradeBand {
  // Bands are validated descending and ending at 0, so some band always matches a score ≥ 0.
  return bands.find((b) => toHundredths(b.min) <= totalH) ?? bands[bands.length - 1]!;
}

/**
 * Ranks and grades scores within each group; returns the city group then the township group, each
 * ordered by total descending, then unitId ascending. Totals are compared in hundredths.
 *
 * - Ties share a rank and the next rank is skipped (1, 2, 2, 4).
 * - A vetoed unit gets the lowest band's grade whatever its score, but keeps its score and rank.
 * - Top-grade quota (excellentQuotaPercent): at most floor(groupSize × percent ÷ 100) units keep the
 *   top grade, where groupSize counts every unit of the group passed in, vetoed ones included.
 *   Units sharing a rank are treated alike: if admitting the whole tie would exceed the quota, all of
 *   them drop, and so does everyone ranked below. Dropped units get the next band's grade.
 *
 * Throws RangeError on an unusable rubric (see rubricProblems).
 */
export function rankAndGrade(rubric: Rubric, scores: UnitScore[]): RankedUnit[] {
  assertUsable(rubric);
  const out: RankedUnit[] = [];
  const quotaPercent = rubric.excellentQuotaPercent;

  for (const group of GROUPS) {
    const bands = rubric.grades[group];
    const members = scores
      .filter((s) => s.group === group)
      .map((s) => ({ s, h: toHundredths(s.total) }))
      .sort((a, b) => b.h - a.h || a.s.unitId - b.s.unitId);

    const ranked: RankedUnit[] = [];
    members.forEach(({ s, h }, i) => {
      const rank = i > 0 && members[i - 1]!.h === h ? ranked[i - 1]!.rank : i + 1;
      const grade = s.vetoed ? bands[bands.length - 1]!.grade : bandFor(bands, h).grade;
      ranked.push({ ...s, rank, grade, gradeBeforeQuota: grade, droppedByQuota: false });
    });

    // With a single band the top grade is also the lowest; there is nothing to drop to.
    if (quotaPercent != null && bands.length > 1) {
      const quota = Math.floor((members.length * toHundredths(quotaPercent)) / 10_000);
      const top = bands[0]!.grade;
      const next = bands[1]!.grade;
      // Vetoed units were already graded lowest, so they never hold or compete for the top grade.
      const holders = ranked.filter((r) => r.grade === top);
      let admitted = 0;
      let full = false;
      for (let i = 0; i < holders.length; ) {
        let j = i;
        while (j < holders.length && holders[j]!.rank === holders[i]!.rank) j++;
        if (full || admitted + (j - i) > quota) {
          full = true;
          for (let k = i; k < j; k++) {
            holders[k]!.grade = next;
            holders[k]!.droppedByQuota = true;
          }
        } else {
          admitted += j - i;
        }
        i = j;
      }
    }
    out.push(...ranked);
  }
  return out;
}
