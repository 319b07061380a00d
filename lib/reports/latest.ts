import { inArray, sql } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assignments, reports, rounds } from '@/db/schema';

/**
 * Points each assignment at its latest submitted report: the one (not a draft) whose round has the
 * latest deadline, then the latest submission. Called in the same transaction as every write that
 * can change the answer (submission, review, a moved deadline), so lights never read stale data.
 */
export function refreshLatestReports(tx: DB | Tx, assignmentIds: number[]): void {
  const ids = [...new Set(assignmentIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    tx.update(assignments)
      .set({
        latestReportId: sql`(
          select ${reports.id} from ${reports} join ${rounds} on ${rounds.id} = ${reports.roundId}
          where ${reports.assignmentId} = ${assignments.id} and ${reports.status} <> 'draft'
          order by ${rounds.deadline} desc, ${reports.lastSubmittedAt} desc, ${rounds.id} desc limit 1)`,
      })
      .where(inArray(assignments.id, chunk))
      .run();
  }
}
