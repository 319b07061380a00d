// Test child: keeps committing audit rows, one per transaction, until killed (or 20 s pass).
import { writeSync } from 'node:fs';
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]!);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare(`insert into audit_log (at, action, result) values (?, 'test.write', 'success')`);
const stop = Date.now() + 20_000;
let n = 0;
while (Date.now() < stop) {
  db.transaction(() => insert.run(Date.now()))();
  if (++n === 50) writeSync(1, 'ready\n');
}
