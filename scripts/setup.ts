// First run of a production system: creates the first system administrator and the first audit
// administrator, each with a generated password shown once (hand them to two different people).
// Both are needed from the start: a change to an administrator account is proposed by one and
// confirmed by the other (三员分立), so neither can be made later by the other alone.
// Refuses when an administrator already exists. No demo data, no demo accounts.
//   npm run setup -- [--username admin] [--auditor auditor] [--unit-code fzb --unit-name 市政府法制办 --unit-full-name 某某市人民政府法制办公室]
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { units, users } from '../db/schema';
import { writeAudit } from '../lib/audit/log';
import { hashPassword } from '../lib/auth/password';
import { generateTemporaryPassword } from '../lib/auth/policy';
import { ensureAuthSecret } from '../lib/auth/secret';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

const { db, sqlite } = openDatabase();
runMigrations(db);
ensureAuthSecret();
if (db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).get()) {
  console.error('refused: an administrator already exists. Reset passwords from the admin pages instead.');
  sqlite.close();
  process.exit(1);
}
const username = arg('username', 'admin');
const auditorName = arg('auditor', 'auditor');
const password = generateTemporaryPassword();
const auditorPassword = generateTemporaryPassword();
const [hash, auditorHash] = await Promise.all([hashPassword(password), hashPassword(auditorPassword)]);
db.transaction((tx) => {
  // The administrator belongs to the legal affairs office; made here if the roster is still empty.
  let office = tx.select().from(units).where(eq(units.kind, 'office')).get();
  office ??= tx
    .insert(units)
    .values({ code: arg('unit-code', 'fzb'), name: arg('unit-name', '市政府法制办'), fullName: arg('unit-full-name', '市人民政府法制办公室'), kind: 'office', group: 'city' })
    .returning()
    .get();
  const admin = tx
    .insert(users)
    .values({ username, displayName: '系统管理员', unitId: office.id, role: 'admin', passwordHash: hash, mustChangePassword: true, isDemo: false, passwordChangedAt: new Date() })
    .returning({ id: users.id })
    .get();
  writeAudit(tx, { userId: null, username: 'system', unitId: null, role: null, ip: null }, { action: 'setup.first-admin', objectType: 'user', objectId: admin.id, after: { username } });
  const auditor = tx
    .insert(users)
    .values({ username: auditorName, displayName: '审计管理员', unitId: office.id, role: 'auditor', passwordHash: auditorHash, mustChangePassword: true, isDemo: false, passwordChangedAt: new Date() })
    .returning({ id: users.id })
    .get();
  writeAudit(tx, { userId: null, username: 'system', unitId: null, role: null, ip: null }, { action: 'setup.first-admin', objectType: 'user', objectId: auditor.id, after: { username: auditorName } });
});
sqlite.close();
console.log(`First administrators created. Hand each password to a different person.
  system administrator (系统管理员): user name ${username}, password ${password}
  audit administrator (审计管理员):  user name ${auditorName}, password ${auditorPassword}
These passwords are shown only now. Each signs in and changes it; then the system administrator
creates the other accounts in 用户管理 (administrator accounts are confirmed by the audit administrator).`);
