import { describe, expect, it } from 'vitest';
import { OUTCOME_VERSION, freezeOutcome, readOutcome, type UnitOutcome } from './outcome';

const outcome: UnitOutcome = {
  score: {
    unitId: 7,
    group: 'city',
    indicators: [
      { code: 'A1', applies: true, points: 4, earned: 3.5, missing: false },
      { code: 'D1', applies: false, points: 5, earned: null, missing: false },
    ],
    earned: 81,
    applicablePoints: 100,
    normalised: 81,
    bonus: 2,
    total: 83,
    vetoed: false,
    complete: true,
  },
  rank: 1,
  grade: '良好',
  gradeBeforeQuota: '良好',
  droppedByQuota: false,
  selfTotal: 3.5,
  selfComplete: false,
  difference: 79.5,
  rates: { B1: { source: 'onTimeReportRate', rate: null, part: 0, whole: 0 } },
};

/** As the JSON column stores and returns it. */
const stored = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('frozen outcomes', () => {
  it('are stored with their shape version and read back as they were', () => {
    const frozen = stored(freezeOutcome({ ...outcome, extra: 'not frozen' } as UnitOutcome));
    expect(frozen).toMatchObject({ version: OUTCOME_VERSION });
    expect(frozen).not.toHaveProperty('extra');
    expect(readOutcome(frozen)).toEqual(outcome);
  });

  it('read an outcome frozen before versions were recorded as version 1', () => {
    expect(OUTCOME_VERSION).toBe(1);
    expect(readOutcome(stored(outcome))).toEqual(outcome);
  });

  it('refuse another version or a malformed outcome instead of misreading it', () => {
    expect(() => readOutcome({ ...stored(freezeOutcome(outcome)) as object, version: 2 })).toThrow(/version 2/);
    const { rank: _rank, ...noRank } = outcome;
    expect(() => readOutcome(stored(noRank))).toThrow(/does not read/);
    expect(() => readOutcome({ ...outcome, score: { ...outcome.score, total: '83' } })).toThrow();
    expect(() => readOutcome({ ...outcome, score: { ...outcome.score, group: 'county' } })).toThrow();
  });
});
