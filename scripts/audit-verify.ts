// Checks the audit log's hash chain: `npm run audit:verify`. Exits 1 and names the first broken
// record when a record was altered, removed or slipped in; 0 when the chain holds.
import Database from 'better-sqlite3';
import { databasePath } from '../db/client';
import { verifyAuditChain } from '../lib/audit/chain';

const path = databasePath();
const sqlite = new Database(path, { readonly: true, fileMustExist: true });
const report = verifyAuditChain(sqlite);
sqlite.close();
const before = report.unchained ? ` (${report.unchained} earlier records predate the chain and were not checked)` : '';
if (report.broken) {
  const why = { altered: 'its content does not match its hash (altered)', link: 'it does not follow the record before it (a record was removed or inserted)', unchained: 'it has no hash (inserted outside the application)' }[report.broken.reason];
  console.error(`audit chain broken at record ${report.broken.id}: ${why}; ${report.checked} records before it are intact${before}`);
  process.exit(1);
}
console.log(`audit chain intact: ${report.checked} records${before}`);
