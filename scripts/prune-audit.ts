// Removes audit records older than a date: `npm run audit:prune -- --before 2025-01-01`.
// Records are kept at least 180 days: an earlier cut is refused here, and by the database itself.
import { lt } from 'drizzle-orm';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { auditLog } from '../db/schema';
import { writeAudit } from '../lib/audit/log';
import { endOfDayShanghai } from '../lib/i18n/format';

export const KEEP_DAYS = 180;

const args = process.argv.slice(2);
const before = args[args.indexOf('--before') + 1];
if (!args.includes('--before') || !before || !/^\d{4}-\d{2}-\d{2}$/.test(before)) {
  console.error('usage: npm run audit:prune -- --before YYYY-MM-DD');
  process.exit(2);
}
// Records of days before `before` (in Asia/Shanghai) go; the cut is the start of that day.
const cut = new Date(endOfDayShanghai(before).getTime() - 86_400_000 + 1);
const oldest = new Date(Date.now() - KEEP_DAYS * 86_400_000);
if (cut.getTime() > oldest.getTime()) {
  console.error(`refused: audit records are kept at least ${KEEP_DAYS} days; the latest allowed cut is ${oldest.toISOString().slice(0, 10)}`);
  process.exit(1);
}
const { db, sqlite } = openDatabase();
runMigrations(db);
const removed = db.transaction((tx) => {
  const r = tx.delete(auditLog).where(lt(auditLog.at, cut)).run();
  writeAudit(tx, { userId: null, username: 'system', unitId: null, role: null, ip: null }, { action: 'audit.prune', after: { before, removed: r.changes } });
  return r.changes;
});
sqlite.close();
console.log(`removed ${removed} audit records older than ${before}`);
