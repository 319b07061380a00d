/** A rate in [0, 1] as a percentage with one decimal (66.7%), or the not-applicable text. */
export function formatRate(rate: number | null, notApplicable: string): string {
  return rate === null ? notApplicable : `${Math.round(rate * 1000) / 10}%`;
}
