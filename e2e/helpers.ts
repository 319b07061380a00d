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

/**
 * The start tags of forms that open inside another form in a page's HTML (scripts left out). The
 * browser's parser drops such an inner <form> silently, so the DOM no longer shows it; only the HTML
 * as sent does.
 */
export function nestedFormsInHtml(html: string): string[] {
  const found: string[] = [];
  let depth = 0;
  for (const m of html.replace(/<script\b[\s\S]*?<\/script>/gi, '').matchAll(/<(\/?)form\b[^>]*>/gi)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (depth++ > 0) found.push(m[0].slice(0, 160));
  }
  return found;
}

/**
 * Fails when the page has a form inside a form: invalid HTML (the browser drops the inner form, its
 * buttons then submit the outer one, and React fails to hydrate). Checks the HTML the server sends
 * for the page's URL and the live DOM (forms rendered on the client).
 */
export async function expectNoNestedForms(page: Page) {
  const url = page.url();
  const html = await (await page.request.get(url)).text();
  const inDom = await page.evaluate(() => [...document.querySelectorAll('form form')].map((f) => f.outerHTML.slice(0, 160)));
  expect({ url, inHtml: nestedFormsInHtml(html), inDom }, 'a form inside a form').toEqual({ url, inHtml: [], inDom: [] });
}
