import { eq, inArray } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { rounds } from '@/db/schema';
import { writeAudit } from '@/lib/audit/log';
import { bumpDataVersion } from '@/lib/cache/memo';
import { sendNotice } from '@/lib/notices/send';
import { listOwedReports } from '@/lib/reports/owed';
import { dueReminders } from '@/lib/reports/reminders';

const SYSTEM = { userId: null, username: 'system', unitId: null, role: null, ip: null };

/**
 * Sends the automatic reminders due now: 3 days and 1 day before an open round's deadline, and the
 * day after a missed one, to each unit still owing a report (missing, or returned and not resent).
 * Idempotent: every reminder has a key the notices table keeps unique, so running twice sends nothing twice.
 */
export function runReminderJob(db: DB, now = new Date()): { sent: number } {
  const result = db.transaction(
    (tx) => {
      const open = tx.select().from(rounds).where(eq(rounds.status, 'open')).all();
      if (open.length === 0) return { sent: 0 };
      const owed = listOwedReports(tx, inArray(rounds.id, open.map((r) => r.id))).map((r) => ({
        roundId: r.roundId,
        unitId: r.unitId,
        assignmentId: r.assignmentId,
        missing: !r.firstSubmittedAt,
        returned: r.status === 'returned',
      }));
      const byId = new Map(open.map((r) => [r.id, r]));
      let sent = 0;
      for (const due of dueReminders(open.map((r) => ({ id: r.id, deadline: r.deadline, closed: false })), owed, now, new Set())) {
        const round = byId.get(due.roundId)!;
        const ok = sendNotice(tx, {
          unitId: due.unitId,
          senderId: null,
          kind: 'reminder_auto',
          params: { round: round.name, deadline: round.deadline.toISOString(), kind: due.kind },
          roundId: round.id,
          dedupeKey: due.dedupeKey,
        });
        if (ok) sent++;
      }
      if (sent > 0) writeAudit(tx, SYSTEM, { action: 'reminder.auto', objectType: 'round', after: { sent, at: now.toISOString() } });
      return { sent };
    },
    { behavior: 'immediate' },
  );
  // Written outside an action: cached views that count notices must see them.
  if (result.sent > 0) bumpDataVersion(['notice']);
  return result;
}
