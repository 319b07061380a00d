import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { can } from '../lib/auth/permissions';
import { ROUTES, type RouteAccess } from '../lib/auth/routes';
import { ROLES, type Role } from '../lib/auth/roles';
import { scalar, signIn, stateFile, writeDb, type Account } from './helpers';

const ACCOUNT: Record<Role, Account> = { admin: 'admin', office: 'office', leader: 'leader', assessor: 'assessor', auditor: 'auditor', unit: 'fgw' };

/** A real address for each route, with records that belong to fgw where a record is needed. */
function samples(): Record<string, string> {
  const planId = scalar<number>(`select id from plans where is_current = 1`);
  const q = (sql: string) => scalar<number>(sql);
  const fgwAssignment = q(`select a.id from assignments a join units u on u.id = a.unit_id where u.code = 'fgw' and a.status = 'active' limit 1`);
  const fgwReport = q(`select r.id from reports r join units u on u.id = r.unit_id where u.code = 'fgw' and r.status <> 'draft' limit 1`);
  const fgwFile = q(`select a.id from attachments a join units u on u.id = a.unit_id where u.code = 'fgw' and a.owner_type = 'report' limit 1`);
  return {
    '/account/password': '/account/password',
    '/notices': '/notices',
    '/plan': '/plan',
    '/measures/[code]': '/measures/1.1',
    '/units/[code]': '/units/fgw',
    '/plans': '/plans',
    '/plans/[id]': `/plans/${planId}`,
    '/plans/[id]/tasks/new': `/plans/${planId}/tasks/new`,
    '/plans/[id]/tasks/[taskId]': `/plans/${planId}/tasks/${q(`select id from tasks where plan_id = ${planId} limit 1`)}`,
    '/plans/[id]/measures/new': `/plans/${planId}/measures/new`,
    '/plans/[id]/measures/[measureId]': `/plans/${planId}/measures/${q(`select id from measures where plan_id = ${planId} limit 1`)}`,
    '/assignments': '/assignments',
    '/assignments/measure/[measureId]': `/assignments/measure/${q(`select id from measures where plan_id = ${planId} limit 1`)}`,
    '/assignments/export': '/assignments/export',
    '/assignments/import': '/assignments/import',
    '/assignments/import/[jobId]': `/assignments/import/${q(`select j.id from import_jobs j join users u on u.id = j.user_id where u.username = 'office' order by j.id desc limit 1`)}`,
    '/assignments/[id]': `/assignments/${fgwAssignment}`,
    '/rounds': '/rounds',
    '/rounds/new': '/rounds/new',
    '/rounds/[id]': `/rounds/${q(`select id from rounds limit 1`)}`,
    '/reports/[id]': `/reports/${fgwReport}`,
    '/api/attachments/[id]': `/api/attachments/${fgwFile}`,
    '/review': '/review',
    '/extensions': '/extensions',
    '/assessments': '/assessments',
    '/assessments/[year]': '/assessments/2018',
    '/assessments/[year]/rubric': '/assessments/2018/rubric',
    '/assessments/[year]/rubric/indicator': '/assessments/2018/rubric/indicator?code=A1',
    '/assessments/[year]/rubric/export': '/assessments/2018/rubric/export',
    '/assessments/[year]/self': '/assessments/2018/self',
    '/assessments/[year]/units/[code]': '/assessments/2018/units/fgw',
    '/assessments/[year]/results': '/assessments/2018/results',
    '/assessments/[year]/bulletin': '/assessments/2018/bulletin',
    '/assessments/[year]/bulletin/xlsx': '/assessments/2018/bulletin/xlsx',
    '/dashboard': '/dashboard',
    '/dashboard/list': '/dashboard/list?light=red',
    '/reports/annual': '/reports/annual',
    '/reports/annual/[year]': '/reports/annual/2018',
    '/reports/annual/[year]/docx': '/reports/annual/2018/docx',
    '/admin/users': '/admin/users',
    '/admin/users/new': '/admin/users/new',
    '/admin/users/[id]': `/admin/users/${q(`select id from users where username = 'fgw'`)}`,
    '/admin/units': '/admin/units',
    '/admin/units/new': '/admin/units/new',
    '/admin/units/[id]': `/admin/units/${q(`select id from units where code = 'fgw'`)}`,
    '/admin/settings': '/admin/settings',
    '/audit': '/audit',
    '/audit/export': '/audit/export?format=csv',
  };
}

function allowed(access: RouteAccess, role: Role | null): boolean {
  if ('public' in access) return true;
  if (role === null) return false;
  if ('signedIn' in access) return true;
  // The samples are fgw's own records, so a unit officer (fgw) may open the ownUnit routes.
  return can(role, access.permission) || (!!access.ownUnit && role === 'unit');
}

async function status(request: APIRequestContext, url: string) {
  const res = await request.get(url, { maxRedirects: 5 });
  return { status: res.status(), url: res.url() };
}

test.describe('authorization matrix: every route × every role and signed out', () => {
  const routes = Object.entries(ROUTES).filter(([route, access]) => !('public' in access) && route !== '/');

  for (const role of [...ROLES, null] as const) {
    test(`${role ?? 'signed out'}`, async ({ browser, baseURL }) => {
      const sample = samples();
      const ctx = await browser.newContext({ baseURL, storageState: role ? stateFile(ACCOUNT[role]) : { cookies: [], origins: [] } });
      try {
        for (const [route, access] of routes) {
          const url = sample[route];
          expect(url, `no sample address for ${route}`).toBeTruthy();
          const got = await status(ctx.request, url!);
          const where = `${role ?? 'signed out'} → ${url}`;
          if (role === null) {
            // Pages send a signed-out visitor to the sign-in page; APIs answer 401.
            if (route.startsWith('/api/')) expect(got.status, where).toBe(401);
            else expect(new URL(got.url).pathname, where).toBe('/login');
          } else if (allowed(access, role)) {
            expect(got.status, where).toBe(200);
          } else {
            expect(got.status, where).toBe(403);
          }
        }
      } finally {
        await ctx.close();
      }
    });
  }

  test('another unit opening fgw’s records is refused', async ({ browser, baseURL }) => {
    const sample = samples();
    const ctx = await browser.newContext({ baseURL, storageState: stateFile('jyj') });
    for (const route of ['/units/[code]', '/assignments/[id]', '/reports/[id]', '/api/attachments/[id]', '/assessments/[year]/units/[code]']) {
      expect((await status(ctx.request, sample[route]!)).status, route).toBe(403);
    }
    await ctx.close();
  });
});

test.describe('accounts and sessions', () => {
  async function newUser(browser: Browser, baseURL: string | undefined, username: string) {
    const admin = await browser.newContext({ baseURL, storageState: stateFile('admin') });
    const page = await admin.newPage();
    await page.goto('/admin/users/new');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('姓名').fill('测试用户');
    await page.getByLabel('所属单位').selectOption({ label: '市财政局' });
    await page.getByLabel('角色').selectOption('unit');
    await page.getByLabel('初始密码').fill('Start#2026ok');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.getByText('已创建。')).toBeVisible();
    await admin.close();
    // Past the first-sign-in change, so each test starts from an ordinary account.
    writeDb(`update users set must_change_password = 0 where username = ?`, username);
  }

  test('5 wrong passwords lock the account; the message says until when, and the lock is audited', async ({ page, browser, baseURL }) => {
    const username = `lock${Date.now() % 100000}`;
    await newUser(browser, baseURL, username);
    for (let i = 0; i < 4; i++) {
      await signIn(page, username, 'Wrong#pass1');
      await expect(page.getByText('用户名或密码错误。')).toBeVisible();
    }
    await signIn(page, username, 'Wrong#pass1');
    await expect(page.getByText(/账号已被锁定，请于 .* 后再试。/)).toBeVisible();
    await signIn(page, username, 'Start#2026ok');
    await expect(page.getByText(/账号已被锁定/)).toBeVisible();
    expect(scalar(`select count(*) from audit_log where username = ? and action = 'auth.sign-in' and detail like '%locked%'`, username)).toBeGreaterThanOrEqual(2);
  });

  test('an expired password must be changed before anything else', async ({ page, browser, baseURL }) => {
    const username = `old${Date.now() % 100000}`;
    await newUser(browser, baseURL, username);
    writeDb(`update users set password_changed_at = ? where username = ?`, Date.now() - 91 * 86_400_000, username);
    await signIn(page, username, 'Start#2026ok');
    await expect(page).toHaveURL(/\/account\/password/);
    await expect(page.getByText('您的密码已超过有效期')).toBeVisible();
    expect((await page.goto('/units/czj'))?.url()).toMatch(/\/account\/password/);
  });

  test('an idle session ends after 30 minutes, and the session cookie is httpOnly and SameSite=Lax', async ({ page, browser, baseURL }) => {
    const username = `idle${Date.now() % 100000}`;
    await newUser(browser, baseURL, username);
    await signIn(page, username, 'Start#2026ok');
    await expect(page).toHaveURL(/\/units\/czj/);
    const cookie = (await page.context().cookies()).find((c) => c.name.includes('authjs.session-token'))!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const userId = scalar<number>(`select id from users where username = ?`, username);
    writeDb(`update user_sessions set last_seen_at = ? where user_id = ? and ended_at is null`, Date.now() - 31 * 60_000, userId);
    await page.goto('/units/czj');
    await expect(page).toHaveURL(/\/login/);
    expect(scalar(`select end_reason from user_sessions where user_id = ? order by created_at desc limit 1`, userId)).toBe('idle');
  });
});

test.describe('what the browser is told', () => {
  test.use({ storageState: stateFile('office') });

  test('security headers: CSP without eval and without framing, nosniff, referrer policy', async ({ page }) => {
    const res = await page.goto('/plan');
    const h = res!.headers();
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).not.toContain('unsafe-eval');
    expect(h['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('same-origin');
    expect(h['x-frame-options']).toBe('DENY');
  });

  test('script and markup typed into a field show as text and never run', async ({ page, browser, baseURL }) => {
    const payload = `<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">`;
    let dialogs = 0;
    const admin = await browser.newContext({ baseURL, storageState: stateFile('admin') });
    const a = await admin.newPage();
    a.on('dialog', () => dialogs++);
    await a.goto(`/admin/units/${scalar(`select id from units where code = 'czj'`)}`);
    await a.getByLabel('全称').fill(payload);
    await a.getByRole('button', { name: '保存' }).click();
    await expect(a.getByText('已保存。')).toBeVisible();
    await a.goto('/admin/units?q=czj');
    await expect(a.getByTestId('unit-row').first()).toContainText(payload);
    expect(await a.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.goto('/units/czj');
    await expect(page.getByText(payload)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    await admin.close();
  });
});
