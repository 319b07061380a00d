// Scores are kept as integer hundredths of a point so sums and comparisons are exact;
// numbers become floats again only at the API boundary, where they already have two decimals.

/** True when `x` is finite and has no more than two decimals (tolerating binary noise like 0.29 * 100). */
export function hasAtMostTwoDecimals(x: number): boolean {
  if (!Number.isFinite(x)) return false;
  const scaled = x * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** A value with at most two decimals as integer hundredths (100.5 → 10050). */
export function toHundredths(x: number): number {
  return Math.round(x * 100);
}

/** Integer hundredths back to points with two decimals (10050 → 100.5). */
export function fromHundredths(h: number): number {
  return h / 100;
}

/**
 * `num ÷ den` rounded half up, for non-negative safe integers. Exact: float division of integers
 * below 2^53 is correctly rounded, so flooring it never crosses an integer the true quotient doesn't.
 */
export function divideHalfUp(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) {
    throw new RangeError(`divideHalfUp(${num}, ${den})`);
  }
  const twice = 2 * num + den;
  if (!Number.isSafeInteger(twice) || !Number.isSafeInteger(2 * den)) throw new RangeError('divideHalfUp overflow');
  return Math.floor(twice / (2 * den));
}
