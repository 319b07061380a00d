// Sends the automatic reminders due now and sweeps unused evidence files (the server also does both
// every few minutes). Safe to repeat.
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { runReminderJob } from '../lib/reminders/job';
import { sweepOrphanEvidence } from '../lib/reports/sweep';

const { db, sqlite } = openDatabase();
runMigrations(db);
const { sent } = runReminderJob(db);
const { removed } = sweepOrphanEvidence(db);
sqlite.close();
console.log(`reminders sent: ${sent}; evidence files no attachment uses, removed: ${removed}`);
