import { endOfDayShanghai } from '@/lib/i18n/format';

export type Light = 'red' | 'yellow' | 'green';
export type { ReportState } from '@/db/schema/enums';
import type { ReportState } from '@/db/schema/enums';
export type ReportStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/** A reporting round in which the assignment owes a report; an extended round simply carries its later deadline. */
export interface LightRound {
  id: number;
  deadline: Date;
}

/** One report of the assignment, for one round. */
export interface LightReport {
  roundId: number;
  status: ReportStatus;
  state: ReportState | null;
  /** When it was first submitted; kept across returns and resubmissions. */
  firstSubmittedAt: Date | null;
  /** The most recent submission. */
  lastSubmittedAt: Date | null;
  /** A returned report's own resubmission deadline (lib/reports/resubmit.ts); absent or null when none. */
  resubmitBy?: Date | null;
}

/** Everything the traffic light of one assignment depends on. */
export interface LightInput {
  now: Date;
  /** The assignment's effective due date, YYYY-MM-DD in Asia/Shanghai. */
  dueDate: string | null;
  rounds: LightRound[];
  reports: LightReport[];
}

/** Why a light is red or yellow; the UI translates each kind. */
export type LightReason =
  | { kind: 'missedDeadline'; roundId: number }
  | { kind: 'overdue'; dueDate: string }
  | { kind: 'delayed'; roundId: number }
  | { kind: 'resubmitOverdue'; roundId: number; resubmitBy: Date }
  | { kind: 'deadlineSoon'; roundId: number; deadline: Date }
  | { kind: 'returned'; roundId: number }
  | { kind: 'atRisk'; roundId: number };

/** How many days before a round's deadline an unsubmitted report turns the light yellow. */
export const LIGHT_SOON_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a report was submitted on time: its first submission is at or before the deadline
 * (the deadline's last millisecond still counts). Never submitted → false.
 */
export function isOnTime(firstSubmittedAt: Date | null, deadline: Date): boolean {
  return firstSubmittedAt !== null && firstSubmittedAt.getTime() <= deadline.getTime();
}

/**
 * The traffic light (红黄绿灯) of one assignment, with every reason that applies (red reasons first).
 *
 * Red when any of:
 * - `missedDeadline`: the most recent round whose deadline has passed (`now > deadline`) has no
 *   submitted report. Only that round counts: an older miss is history (it lowers the on-time
 *   rate, not today's light).
 * - `overdue`: the due date has passed (`now > endOfDayShanghai(dueDate)`) and the latest report
 *   does not say completed (no latest report → not completed).
 * - `delayed`: the latest report's state is delayed.
 * - `resubmitOverdue`: the latest report is returned and its own resubmission deadline has passed
 *   (`now > resubmitBy`) without a resubmission. It does not change the on-time figures, which are
 *   about the first submission against the round's deadline.
 *
 * Yellow when any of:
 * - `deadlineSoon`: a round with `deadline - 3 days <= now <= deadline` has no submitted report
 *   (one reason per such round, earliest deadline first).
 * - `returned`: the latest report's status is returned.
 * - `atRisk`: the latest report's state is at risk.
 *
 * Green otherwise.
 *
 * Definitions:
 * - A round is submitted when one of its reports has `firstSubmittedAt`, whatever its status now:
 *   a returned report was still submitted, a late one is late but no longer missing, a never
 *   submitted draft is not.
 * - The latest report is, among reports whose status is not draft, the one whose round has the
 *   latest deadline; ties go to the latest `lastSubmittedAt`, then to the higher round id.
 *   Reports for rounds that are not in `rounds` are ignored, since their deadline is unknown.
 * - `rounds` must hold only the rounds in which the assignment owes a report; the caller leaves out
 *   rounds it no longer owes (e.g. after completion).
 *
 * Throws when `dueDate` is not YYYY-MM-DD.
 */
export function trafficLight(input: LightInput): { light: Light; reasons: LightReason[] } {
  const now = input.now.getTime();
  const rounds = [...input.rounds].sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.id - b.id);
  const deadlineOf = new Map(rounds.map((r) => [r.id, r.deadline.getTime()]));
  const submitted = new Set(input.reports.filter((r) => r.firstSubmittedAt !== null).map((r) => r.roundId));
  const latest = latestReport(input.reports, deadlineOf);

  const red: LightReason[] = [];
  const yellow: LightReason[] = [];

  const lastPassed = rounds.findLast((r) => now > r.deadline.getTime());
  if (lastPassed && !submitted.has(lastPassed.id)) red.push({ kind: 'missedDeadline', roundId: lastPassed.id });

  if (input.dueDate !== null && now > endOfDayShanghai(input.dueDate).getTime() && latest?.state !== 'completed') {
    red.push({ kind: 'overdue', dueDate: input.dueDate });
  }
  if (latest?.state === 'delayed') red.push({ kind: 'delayed', roundId: latest.roundId });
  if (latest?.status === 'returned' && latest.resubmitBy && now > latest.resubmitBy.getTime()) {
    red.push({ kind: 'resubmitOverdue', roundId: latest.roundId, resubmitBy: latest.resubmitBy });
  }

  for (const r of rounds) {
    const deadline = r.deadline.getTime();
    if (deadline - LIGHT_SOON_DAYS * DAY_MS <= now && now <= deadline && !submitted.has(r.id)) {
      yellow.push({ kind: 'deadlineSoon', roundId: r.id, deadline: r.deadline });
    }
  }
  if (latest?.status === 'returned') yellow.push({ kind: 'returned', roundId: latest.roundId });
  if (latest?.state === 'at_risk') yellow.push({ kind: 'atRisk', roundId: latest.roundId });

  const light: Light = red.length > 0 ? 'red' : yellow.length > 0 ? 'yellow' : 'green';
  return { light, reasons: [...red, ...yellow] };
}

function latestReport(reports: LightReport[], deadlineOf: Map<number, number>): LightReport | null {
  let best: { report: LightReport; deadline: number; at: number } | null = null;
  for (const report of reports) {
    const deadline = deadlineOf.get(report.roundId);
    if (report.status === 'draft' || deadline === undefined) continue;
    const at = report.lastSubmittedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (
      best === null ||
      deadline > best.deadline ||
      (deadline === best.deadline && (at > best.at || (at === best.at && report.roundId > best.report.roundId)))
    ) {
      best = { report, deadline, at };
    }
  }
  return best?.report ?? null;
}

const SEVERITY: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

/** The worst of several lights (red > yellow > green), or null when there are none. */
export function worstLight(lights: Light[]): Light | null {
  let worst: Light | null = null;
  for (const light of lights) if (worst === null || SEVERITY[light] > SEVERITY[worst]) worst = light;
  return worst;
}
