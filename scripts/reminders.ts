// Sends the automatic reminders due now (the server also does this every few minutes). Safe to repeat.
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { runReminderJob } from '../lib/reminders/job';

const { db, sqlite } = openDatabase();
runMigrations(db);
const { sent } = runReminderJob(db);
sqlite.close();
console.log(`reminders sent: ${sent}`);
