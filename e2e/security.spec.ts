import { type APIRequestContext, type Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { hash } from '@node-rs/argon2';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
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
  const fgwFile = q(`select a.id from attachments a join units u on u.id = a.unit_id where u.code = 'fgw' and a.owner_type = 'report' limit 1`) ?? evidenceOf(fgwReport);
  return {
    '/account/password': '/account/password',
    '/notices': '/notices',
    '/todo': '/todo',
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
    '/assignments/import/[jobId]': `/assignments/import/${importJob('assignments', { planId })}`,
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
    '/admin/users/pending': '/admin/users/pending',
    '/admin/units': '/admin/units',
    '/admin/units/new': '/admin/units/new',
    '/admin/units/[id]': `/admin/units/${q(`select id from units where code = 'fgw'`)}`,
    '/admin/units/contacts/import': '/admin/units/contacts/import',
    '/admin/units/contacts/import/[jobId]': `/admin/units/contacts/import/${importJob('unit.contacts', {}, 'admin')}`,
    '/admin/units/contacts/export': '/admin/units/contacts/export',
    '/admin/settings': '/admin/settings',
    '/audit': '/audit',
    '/audit/export': '/audit/export?format=csv',
    '/registers': '/registers',
    '/registers/campaigns': '/registers/campaigns',
    '/registers/[name]': '/registers/litigation',
    '/registers/[name]/new': '/registers/litigation/new',
    '/registers/[name]/[id]': `/registers/documents/${q(`select d.id from normative_documents d join units u on u.id = d.unit_id where u.code = 'fgw' limit 1`)}`,
    '/registers/[name]/export': '/registers/litigation/export?year=2018',
    '/registers/[name]/import': '/registers/litigation/import',
    '/registers/[name]/import/[jobId]': `/registers/litigation/import/${importJob('register.litigation', {})}`,
  };
}

/**
 * The office's (or `owner`'s) latest upload of a kind (an assignment table, a register's sheet, the admin's
 * unit contacts), or an empty one stored as the importer stores it: the matrix needs no earlier spec to have uploaded anything.
 */
function importJob(kind: string, scope: object, owner = 'office'): number {
  const existing = scalar<number | null>(
    `select j.id from import_jobs j join users u on u.id = j.user_id where u.username = ? and j.rows like ? order by j.id desc limit 1`,
    owner,
    `%"kind":"${kind}"%`,
  );
  if (existing) return existing;
  writeDb(
    `insert into import_jobs (user_id, plan_id, file_name, file_sha256, rows, preview_digest, created_at) select id, ?, 'empty.xlsx', ?, ?, '', ? from users where username = ?`,
    'planId' in scope ? (scope as { planId: number }).planId : null,
    '0'.repeat(64),
    JSON.stringify({ kind, scope, rows: [] }),
    Date.now(),
    owner,
  );
  return scalar<number>(`select max(id) from import_jobs`);
}

/**
 * An evidence file on one of fgw's reports, stored as the app stores it, for when no earlier spec
 * uploaded one (the demo data has none): the matrix then runs on its own.
 */
function evidenceOf(reportId: number): number {
  const bytes = Buffer.from('%PDF-1.4\n% matrix sample\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const sha = createHash('sha256').update(bytes).digest('hex');
  const uploads = join(process.env.E2E_DIR ?? dirname(process.env.E2E_DATABASE_URL!), 'uploads', sha.slice(0, 2));
  mkdirSync(uploads, { recursive: true });
  writeFileSync(join(uploads, sha), bytes);
  writeDb(
    `insert into attachments (owner_type, owner_id, unit_id, sha256, original_name, type, mime, size, uploaded_by, created_at)
     select 'report', r.id, r.unit_id, ?, 'sample.pdf', 'pdf', 'application/pdf', ?, (select id from users where username = 'fgw'), ? from reports r where r.id = ?`,
    sha,
    bytes.length,
    Date.now(),
    reportId,
  );
  return scalar<number>(`select max(id) from attachments`);
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

  test('5 wrong passwords lock the account from that address; a lock reads like a wrong password, and is audited', async ({ page, browser, baseURL }) => {
    const username = `lock${Date.now() % 100000}`;
    await newUser(browser, baseURL, username);
    for (let i = 0; i < 5; i++) {
      await signIn(page, username, 'Wrong#pass1');
      await expect(page.getByText('用户名或密码错误。')).toBeVisible();
    }
    // The right password now: the same answer, so a name's existence or lock is never told.
    await signIn(page, username, 'Start#2026ok');
    await expect(page.getByText('用户名或密码错误。')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    expect(scalar(`select count(*) from audit_log where username = ? and action = 'auth.sign-in' and detail like '%locked%'`, username)).toBe(2);
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

/** One HTTP request from a chosen loopback address (127.0.0.x), so each test has a source address of its own. */
function raw(
  baseURL: string,
  from: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(baseURL);
  return new Promise((ok, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port: url.port, method, path, localAddress: from, headers: { host: url.host, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const cookiesOf = (res: { headers: Record<string, string | string[] | undefined> }) =>
  ([res.headers['set-cookie'] ?? []].flat() as string[]).map((c) => c.split(';')[0]!).join('; ');

/** The app's own sign-in form, posted as a browser without JavaScript posts it (a server action). */
async function formSignIn(baseURL: string, from: string) {
  const page = await raw(baseURL, from, 'GET', '/login');
  const form = page.body.slice(page.body.indexOf('$ACTION_REF_1') - 200);
  const fields = [...form.slice(0, form.indexOf('</form>')).matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    ([, name, value]) => [name!, (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&')] as const,
  );
  return async (username: string, password: string) => {
    const boundary = `----fzzf${Math.random().toString(16).slice(2)}`;
    const parts = [...fields, ['username', username], ['password', password]].map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    const res = await raw(baseURL, from, 'POST', '/login', { 'content-type': `multipart/form-data; boundary=${boundary}` }, parts.join('') + `--${boundary}--\r\n`);
    return { status: res.status, signedIn: /authjs\.session-token=[^;]+/.test(cookiesOf(res)) };
  };
}

/** A direct POST to Auth.js's credentials callback, with its CSRF token, as a script would send it. */
async function callbackSignIn(baseURL: string, from: string, extraHeaders: Record<string, string> = {}) {
  const csrf = await raw(baseURL, from, 'GET', '/api/auth/csrf');
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const cookie = cookiesOf(csrf);
  return async (username: string, password: string) => {
    const body = new URLSearchParams({ csrfToken: token, username, password, callbackUrl: '/' }).toString();
    const res = await raw(baseURL, from, 'POST', '/api/auth/callback/credentials', { 'content-type': 'application/x-www-form-urlencoded', cookie, ...extraHeaders }, body);
    return { status: res.status, location: String(res.headers.location ?? ''), signedIn: /authjs\.session-token=[^;]+/.test(cookiesOf(res)) };
  };
}

/** An ordinary unit account with a known password, past its first sign-in. */
async function plainUser(username: string, password: string) {
  const unit = scalar<number>(`select id from units where code = 'czj'`);
  writeDb(
    `insert into users (username, display_name, unit_id, role, password_hash, active, is_demo, must_change_password, password_changed_at, created_at, updated_at)
     values (?, '测试', ?, 'unit', ?, 1, 0, 0, ?, ?, ?)`,
    username,
    unit,
    await hash(password),
    Date.now(),
    Date.now(),
    Date.now(),
  );
  return scalar<number>(`select id from users where username = ?`, username);
}

test.describe('one sign-in path, counted atomically', () => {
  const paths = [
    { name: 'the app’s sign-in form', from: '127.0.0.11', open: formSignIn },
    { name: 'a direct POST to the Auth.js callback', from: '127.0.0.12', open: (b: string, f: string) => callbackSignIn(b, f) },
  ];
  for (const path of paths) {
    test(`20 wrong passwords and the right one at once through ${path.name}: locked after exactly 5, the right one refused, every attempt audited`, async ({ baseURL }) => {
      const username = `race${path.from.split('.').pop()}${Date.now() % 100000}`;
      const userId = await plainUser(username, 'Right#2026ok');
      const send = await path.open(baseURL!, path.from);
      const results = await Promise.all([...Array.from({ length: 20 }, () => send(username, 'Wrong#2026no')), send(username, 'Right#2026ok')]);
      for (const r of results) expect(r.status).toBeLessThan(500);
      for (const r of results) if ('location' in r) expect(r.location).not.toContain('Configuration');
      expect(results.at(-1)!.signedIn).toBe(false);
      expect(results.filter((r) => r.signedIn)).toHaveLength(0);
      expect(scalar(`select count(*) from user_sessions where user_id = ?`, userId)).toBe(0);
      const audited = (detail: string) => scalar(`select count(*) from audit_log where action = 'auth.sign-in' and username = ? and detail like ?`, username, detail);
      expect(scalar(`select count(*) from audit_log where action = 'auth.sign-in' and username = ?`, username)).toBe(21);
      expect(audited('wrong password%')).toBe(5);
      expect(audited('wrong password; locked')).toBe(1);
      expect(scalar(`select count(*) from audit_log where action = 'auth.sign-in' and username = ? and ip = ?`, username, path.from)).toBe(21);
      expect(scalar<number>(`select locked_until from sign_in_locks where username = ? and ip = ?`, username, path.from)).toBeGreaterThan(Date.now());
    });
  }

  test('a stranger’s failures lock the name only from the stranger’s address', async ({ baseURL, browser }) => {
    const username = `held${Date.now() % 100000}`;
    await plainUser(username, 'Right#2026ok');
    const stranger = await callbackSignIn(baseURL!, '127.0.0.13');
    for (let i = 0; i < 5; i++) await stranger(username, 'Wrong#2026no');
    expect((await stranger(username, 'Right#2026ok')).signedIn).toBe(false);
    const own = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const page = await own.newPage();
    await signIn(page, username, 'Right#2026ok');
    await expect(page).toHaveURL(/\/units\/czj/);
    await own.close();
  });

  test('a spoofed X-Forwarded-For is not believed with no trusted proxy: the audit and the limits see the socket', async ({ baseURL }) => {
    const send = await callbackSignIn(baseURL!, '127.0.0.14', { 'x-forwarded-for': '=HYPERLINK("x"), 6.6.6.6' });
    const username = `xff${Date.now() % 100000}`;
    await send(username, 'Wrong#2026no');
    expect(scalar(`select ip from audit_log where action = 'auth.sign-in' and username = ?`, username)).toBe('127.0.0.14');
    expect(scalar(`select count(*) from sign_in_locks where username = ? and ip = '127.0.0.14'`, username)).toBe(1);
  });
});

test.describe('sign-out by any path', () => {
  test('Auth.js’s own sign-out ends the server session: the old cookie is dead and /api/auth/session says signed out', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const page = await ctx.newPage();
    await signIn(page, 'assessor');
    await expect(page).toHaveURL(/\/assessments/);
    const cookies = await ctx.cookies();
    const userId = scalar<number>(`select id from users where username = 'assessor'`);
    const signOuts = scalar<number>(`select count(*) from audit_log where action = 'auth.sign-out' and object_id = ?`, String(userId));
    const { csrfToken } = (await (await ctx.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await ctx.request.post('/api/auth/signout', { form: { csrfToken, callbackUrl: '/login' }, maxRedirects: 0 });
    await ctx.close();

    const copy = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    await copy.addCookies(cookies);
    expect(await (await copy.request.get('/api/auth/session')).json()).toBeNull();
    const other = await copy.newPage();
    await other.goto('/plan');
    await expect(other).toHaveURL(/\/login/);
    await copy.close();
    expect(scalar(`select count(*) from audit_log where action = 'auth.sign-out' and object_id = ?`, String(userId))).toBe(signOuts + 1);
  });
});

test('a write from another site’s page is refused and audited', async ({ request }) => {
  const before = scalar<number>(`select count(*) from audit_log where action = 'security.cross-origin'`);
  const res = await request.post('/login', { headers: { origin: 'http://evil.example' }, multipart: { username: 'office', password: 'x' } });
  expect(res.status()).toBe(403);
  expect(scalar(`select count(*) from audit_log where action = 'security.cross-origin' and object_id = '/login'`)).toBe(before + 1);
});
