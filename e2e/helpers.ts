import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'Demo@2018';

/** The signed-in states made once by auth.setup.ts, one per account used across the suite. */
export const ACCOUNTS = ['admin', 'office', 'leader', 'assessor', 'auditor', 'fgw', 'jyj', 'yuekou'] as const;
export type Account = (typeof ACCOUNTS)[number];
export const stateFile = (account: Account) => `.e2e/state/${account}.json`;

/** Signs in through the form, as a user would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
}

export async function expectSignedIn(page: Page) {
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** A read-only look at the suite's database, for counting what the pages should show. */
export function readDb() {
  return new Database(process.env.E2E_DATABASE_URL!, { readonly: true, fileMustExist: true });
}

export function scalar<T = number>(sql: string, ...params: unknown[]): T {
  const db = readDb();
  try {
    return db.prepare(sql).pluck().get(...params) as T;
  } finally {
    db.close();
  }
}

/** Changes the suite's database directly: only to move the clock of a record (session, password age). */
export function writeDb(sql: string, ...params: unknown[]) {
  const db = new Database(process.env.E2E_DATABASE_URL!, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}
