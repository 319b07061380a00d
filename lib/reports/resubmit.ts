import { dayInShanghai, endOfDayShanghai } from '@/lib/i18n/format';

/**
 * A returned report's own resubmission deadline (reports.resubmitBy). Pure rules, shared by the
 * actions, the pages and the demo seed.
 *
 * - Returning a report gives the unit until the end of a day (Asia/Shanghai) to revise and resubmit;
 *   by default RESUBMIT_WORKING_DAYS working days (Monday–Friday) after the return, or the round's own
 *   deadline day when the round is still open and that is later. The office may pick another day,
 *   not before today.
 * - Until that instant the unit may revise and resubmit even after the round has closed; after it the
 *   report can no longer change (the office may return it again only once it is resubmitted, so a
 *   missed resubmission stays on the assignment's light as `resubmitOverdue`).
 * - The deadline is cleared when the report is resubmitted: it belongs to one return. The audit log
 *   keeps the day given at each return.
 * - A returned report without a deadline (returned before deadlines existed) may change while its
 *   round is open, as before.
 */
export const RESUBMIT_WORKING_DAYS = 5;

/** The day `n` working days (Mon–Fri) after `day` (YYYY-MM-DD); `n = 0` is `day` itself. Public holidays are not known. */
export function addWorkingDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not a day: ${day}`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/**
 * The day offered when returning a report at `now`: RESUBMIT_WORKING_DAYS working days later, or the
 * round's deadline day if the round is open and that is later (a return never shortens an open round).
 */
export function defaultResubmitDay(now: Date, round?: { status: string; deadline: Date }): string {
  const byWorkingDays = addWorkingDays(dayInShanghai(now), RESUBMIT_WORKING_DAYS);
  const roundDay = round && round.status === 'open' ? dayInShanghai(round.deadline) : null;
  return roundDay && roundDay > byWorkingDays ? roundDay : byWorkingDays;
}

/** The instant a resubmission day ends (its last millisecond in Asia/Shanghai). */
export const resubmitInstant = (day: string): Date => endOfDayShanghai(day);

/** Why a report may not change now, or null when it may. */
export type EditRefusal = 'reportLocked' | 'roundClosed' | 'resubmitClosed';

/**
 * Whether the unit may change its report now (save, submit, attach, detach):
 * - a draft while its round is open;
 * - a returned report until its own resubmitBy (whatever the round's status), or, without one,
 *   while its round is open;
 * - never a submitted or approved report.
 */
export function editRefusal(report: { status: string; resubmitBy: Date | null }, round: { status: string }, now: Date): EditRefusal | null {
  if (report.status === 'returned') {
    if (report.resubmitBy) return now.getTime() <= report.resubmitBy.getTime() ? null : 'resubmitClosed';
    return round.status === 'open' ? null : 'roundClosed';
  }
  if (report.status !== 'draft') return 'reportLocked';
  return round.status === 'open' ? null : 'roundClosed';
}

/** A returned report whose own deadline has passed without a resubmission (a red light). */
export function isResubmitOverdue(report: { status: string; resubmitBy: Date | null }, now: Date): boolean {
  return report.status === 'returned' && report.resubmitBy !== null && now.getTime() > report.resubmitBy.getTime();
}
