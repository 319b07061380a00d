import { expect, FORBIDDEN, test } from './fixtures';
import { expectSignedIn, scalar, signIn, stateFile } from './helpers';

test.describe('sign-in lands each role on its home', () => {
  const homes: [string, RegExp, RegExp][] = [
    ['admin', /\/admin\/users$/, /用户管理/],
    ['office', /\/todo$/, /待办事项/],
    ['leader', /\/dashboard$/, /驾驶舱/],
    ['assessor', /\/assessments$/, /年度考核/],
    ['auditor', /\/audit$/, /审计日志/],
    ['fgw', /\/units\/fgw$/, /市发改委/],
  ];
  for (const [username, url, heading] of homes) {
    test(`${username} signs in and lands on its home`, async ({ page }) => {
      await signIn(page, username);
      await expect(page).toHaveURL(url);
      await expectSignedIn(page);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    });
  }
});

test('a wrong password shows one message that does not say which field was wrong, and is audited', async ({ page }) => {
  const before = scalar(`select count(*) from audit_log where action = 'auth.sign-in' and result = 'failure'`);
  await signIn(page, 'office', 'wrong-password');
  await expect(page.getByText('用户名或密码错误。')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'no-such-user', 'wrong-password');
  await expect(page.getByText('用户名或密码错误。')).toBeVisible();
  expect(scalar(`select count(*) from audit_log where action = 'auth.sign-in' and result = 'failure'`)).toBe(before + 2);
});

test('sign-out returns to the sign-in page and the old cookie no longer works', async ({ page, browser, baseURL }) => {
  await signIn(page, 'leader');
  await expectSignedIn(page);
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('您已退出登录。')).toBeVisible();
  // A copy of the cookie taken before sign-out is dead on the server side too.
  const copy = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  await copy.addCookies(cookies);
  const other = await copy.newPage();
  await other.goto('/plan');
  await expect(other).toHaveURL(/\/login/);
  await copy.close();
});

test.describe('a unit officer stays inside its own unit', () => {
  test.use({ storageState: stateFile('fgw') });

  test('fgw opening /units/jyj gets the forbidden page and none of 市教育局 assignments', async ({ page, allowConsoleError }) => {
    allowConsoleError(FORBIDDEN);
    const response = await page.goto('/units/jyj');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
    await expect(page.getByText('市教育局')).toHaveCount(0);
    await expect(page.getByTestId('unit-assignment')).toHaveCount(0);
  });

  test('fgw opening /admin/users is refused', async ({ page, allowConsoleError }) => {
    allowConsoleError(FORBIDDEN);
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
    await expect(page.getByTestId('user-row')).toHaveCount(0);
  });

  test('fgw sees its own assignments with counts from the data', async ({ page }) => {
    await page.goto('/units/fgw');
    const total = scalar(
      `select count(*) from assignments a join units u on u.id = a.unit_id join measures m on m.id = a.measure_id
       join plans p on p.id = m.plan_id where u.code = 'fgw' and a.status = 'active' and p.is_current = 1 and m.archived_at is null`,
    );
    expect(total).toBeGreaterThan(0);
    await expect(page.getByTestId('unit-assignment')).toHaveCount(total);
    await expect(page.getByTestId('assignment-count')).toHaveText(String(total));
  });
});

test.describe('the plan', () => {
  test.use({ storageState: stateFile('office') });

  test('/plan shows the current plan with every task and measure from the database', async ({ page }) => {
    await page.goto('/plan');
    const tasks = scalar(`select count(*) from tasks t join plans p on p.id = t.plan_id where p.is_current = 1`);
    const measures = scalar(`select count(*) from measures m join plans p on p.id = m.plan_id where p.is_current = 1 and m.archived_at is null`);
    expect([tasks, measures]).toEqual([7, 33]);
    await expect(page.getByTestId('task-count')).toHaveText(String(tasks));
    await expect(page.getByTestId('measure-count')).toHaveText(String(measures));
    await expect(page.getByTestId('measure-row')).toHaveCount(measures);
  });

  test('a measure page lists its units by role', async ({ page }) => {
    await page.goto('/plan');
    await page.getByRole('link', { name: '加强规范性文件监督管理' }).first().click();
    await expect(page).toHaveURL(/\/measures\/2\.4$/);
    const units = scalar(`select count(*) from assignments a join measures m on m.id = a.measure_id where m.code = '2.4' and a.status = 'active'`);
    await expect(page.getByTestId('measure-unit')).toHaveCount(units);
  });

  test('the language switch shows /plan in English, and the choice is remembered', async ({ page }) => {
    await page.goto('/plan');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Plan', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Task 1: Perform government functions fully and according to law' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Lead units' }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  });
});
