import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { passwordHistory, users } from '@/db/schema';
// The most common passwords, most common first, as the zxcvbn-ts project maintains them (from leaked
// password lists; MIT): @zxcvbn-ts/language-common. Updated with the package.
import commonPasswords from '@zxcvbn-ts/language-common/src/passwords.json';
import { verifyPassword } from './password';
import { passwordProblem, type PasswordProblem } from './policy';

/** How many of the most common passwords are refused, and how many earlier passwords may not come back. */
export const DENY_LIST_SIZE = 10_000;
export const HISTORY_SIZE = 5;

let denyList: Set<string> | undefined;
function denied(): Set<string> {
  denyList ??= new Set((commonPasswords as string[]).slice(0, DENY_LIST_SIZE).map((p) => p.toLowerCase()));
  return denyList;
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '$': 's', '5': 's', '7': 't', '+': 't' };

/**
 * The forms of a password to look up in the list: as typed (lower case), with the digits and symbols
 * people add at the end to pass the complexity rule taken off (`Password2026!` → `password`), and
 * each with look-alike characters read as letters (`P@ssw0rd` → `password`).
 */
export function commonForms(password: string): string[] {
  const lower = password.toLowerCase();
  const forms = new Set([lower, lower.replace(/[^a-z0-9]+$/, ''), lower.replace(/[^a-z]+$/, '')]);
  for (const f of [...forms]) forms.add([...f].map((c) => LEET[c] ?? c).join(''));
  return [...forms].filter((f) => f.length >= 4);
}

/** Is this one of the most common passwords, or one of them dressed up? */
export function isCommonPassword(password: string): boolean {
  const list = denied();
  return commonForms(password).some((f) => list.has(f));
}

export type NewPasswordProblem = Exclude<PasswordProblem, null> | 'passwordCommon' | 'passwordContainsUsername' | 'passwordReused';

/** The rules any chosen password meets: length and classes, not the user name nor containing it, not a common one. */
export function newPasswordProblem(password: string, username: string): NewPasswordProblem | null {
  const basic = passwordProblem(password, username);
  if (basic) return basic;
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) return 'passwordContainsUsername';
  if (isCommonPassword(password)) return 'passwordCommon';
  return null;
}

/** Was this password the user's current one or one of the last five they chose? */
export async function isReusedPassword(tx: DB | Tx, userId: number, password: string): Promise<boolean> {
  const current = tx.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.hash;
  const earlier = tx
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .limit(HISTORY_SIZE)
    .all()
    .map((r) => r.hash);
  for (const hash of new Set([current, ...earlier])) if (hash && (await verifyPassword(hash, password))) return true;
  return false;
}

/** Keeps the hash of a password the user chose, and only the last five of them. */
export function rememberPassword(tx: Tx, userId: number, hash: string, now: Date): void {
  tx.insert(passwordHistory).values({ userId, passwordHash: hash, createdAt: now }).run();
  const keep = tx
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .limit(HISTORY_SIZE)
    .all();
  const oldestKept = keep[keep.length - 1]?.id;
  if (oldestKept !== undefined && keep.length === HISTORY_SIZE) {
    tx.delete(passwordHistory).where(and(eq(passwordHistory.userId, userId), lt(passwordHistory.id, oldestKept))).run();
  }
}
