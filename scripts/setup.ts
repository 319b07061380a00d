// First run of a production system: creates the first administrator with a generated password,
// shown once. Refuses when an administrator already exists. No demo data, no demo accounts.
//   npm run setup -- [--username admin] [--unit-code fzb --unit-name 市政府法制办 --unit-full-name 某某市人民政府法制办公室]
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
const password = generateTemporaryPassword();
const hash = await hashPassword(password);
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
});
sqlite.close();
console.log(`First administrator created.
  user name: ${username}
  password:  ${password}
This password is shown only now. Sign in and change it; then create the other accounts in 用户管理.`);
