import { db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { runReminderJob } from '@/lib/reminders/job';

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
    };
    setTimeout(tick, 5_000).unref();
    setInterval(tick, REMINDER_INTERVAL_MS).unref();
  }
}
