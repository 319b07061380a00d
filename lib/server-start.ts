import { db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { runReminderJob } from '@/lib/reminders/job';
import { sweepOrphanEvidence } from '@/lib/reports/sweep';

/** Reminders are checked this often (REMINDER_INTERVAL_MS; 0 turns the schedule off). */
const REMINDER_INTERVAL_MS = Number(process.env.REMINDER_INTERVAL_MS ?? 10 * 60_000);

export function onServerStart(): void {
  runMigrations(db);
  ensureAuthSecret();
  if (REMINDER_INTERVAL_MS > 0) {
    const tick = () => {
      try {
        runReminderJob(db);
      } catch (error) {
        console.error('[reminders]', error);
      }
      try {
        // Evidence files of refused or failed uploads (lib/reports/sweep.ts).
        sweepOrphanEvidence(db);
      } catch (error) {
        console.error('[upload sweep]', error);
      }
    };
    setTimeout(tick, 5_000).unref();
    setInterval(tick, REMINDER_INTERVAL_MS).unref();
  }
}
