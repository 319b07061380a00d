import { divideHalfUp } from './hundredths';

/** `part ÷ whole` rounded half up to 4 decimals, in integer arithmetic so 2/3 is 0.6667 exactly. */
function ratio4(part: number, whole: number): number {
  return divideHalfUp(part * 10_000, whole) / 10_000;
}

/**
 * Share of owed reports first submitted on or before their round's deadline (the deadline instant
 * itself counts as on time; never submitted counts as late). `rate` is null when nothing is owed,
 * which the caller treats as the indicator not applying; otherwise in [0, 1], 4 decimals.
 */
export function onTimeReportRate(owed: { firstSubmittedAt: Date | null; deadline: Date }[]): {
  rate: number | null;
  onTime: number;
  owed: number;
} {
  const onTime = owed.filter((o) => o.firstSubmittedAt !== null && o.firstSubmittedAt.getTime() <= o.deadline.getTime()).length;
  return { rate: owed.length === 0 ? null : ratio4(onTime, owed.length), onTime, owed: owed.length };
}

/**
 * Share of the unit's assignments whose approved report is at 100% or in state `completed`.
 * `rate` is null when the unit has no assignments; otherwise in [0, 1], 4 decimals.
 */
export function completionRate(assignments: { approvedPercent: number | null; approvedState: string | null }[]): {
  rate: number | null;
  completed: number;
  total: number;
} {
  const completed = assignments.filter((a) => a.approvedState === 'completed' || (a.approvedPercent ?? 0) >= 100).length;
  return { rate: assignments.length === 0 ? null : ratio4(completed, assignments.length), completed, total: assignments.length };
}
