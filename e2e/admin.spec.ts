import { expect, FORBIDDEN, test } from './fixtures';
import { scalar, signIn, stateFile } from './helpers';

test.describe('user administration', () => {
  test.use({ storageState: stateFile('admin') });

  test('admin creates a user, is told about a weak password first, and every change is audited', async ({ page, baseURL }) => {
    const username = `clerk${Date.now() % 100000}`;
    await page.goto('/admin/users/new');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('所属单位').selectOption({ label: '市教育局' });
    await page.getByLabel('角色').selectOption('unit');
    await page.getByLabel('初始密码').fill('short');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.getByText('密码至少 8 位')).toBeVisible();
    // What was typed is still there after the refusal.
    await expect(page.getByLabel('姓名')).toHaveValue('张三');
    expect(scalar(`select count(*) from users where username = ?`, username)).toBe(0);

    await page.getByLabel('初始密码').fill('Clerk#2026x');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.getByText('已创建。')).toBeVisible();
    expect(scalar(`select must_change_password from users where username = ?`, username)).toBe(1);
    const id = scalar(`select id from users where username = ?`, username);
    expect(scalar(`select count(*) from audit_log where action = 'user.create' and object_id = ?`, String(id))).toBe(1);

    await page.getByRole('button', { name: '重置密码' }).click();
    const temp = (await page.getByTestId('new-password').textContent())!.trim();
    expect(temp).toHaveLength(12);

    // The new user must change the temporary password before anything else.
    const other = await page.context().browser()!.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const p2 = await other.newPage();
    await signIn(p2, username, temp);
    await expect(p2).toHaveURL(/\/account\/password/);
    await p2.getByLabel('当前密码').fill(temp);
    await p2.locator('#newPassword').fill('Better#2026y');
    await p2.getByLabel('确认新密码').fill('Better#2026y');
    await p2.getByRole('button', { name: '修改密码' }).click();
    await expect(p2).toHaveURL(/\/units\/jyj/);
    await other.close();

    await page.getByRole('button', { name: '停用' }).click();
    await expect(page.getByText('账号已停用。')).toBeVisible();
    expect(scalar(`select active from users where username = ?`, username)).toBe(0);
  });

  test('a duplicate user name is refused with a clear message', async ({ page }) => {
    await page.goto('/admin/users/new');
    await page.getByLabel('用户名').fill('fgw');
    await page.getByLabel('姓名').fill('重复');
    await page.getByLabel('所属单位').selectOption({ label: '市发改委' });
    await page.getByLabel('角色').selectOption('unit');
    await page.getByLabel('初始密码').fill('Clerk#2026x');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.getByText('该用户名已被使用。')).toBeVisible();
  });

  test('admin searches users and edits a unit', async ({ page }) => {
    await page.goto('/admin/users?q=yuekou');
    await expect(page.getByTestId('user-row')).toHaveCount(1);
    await page.goto('/admin/units?q=岳口');
    await expect(page.getByTestId('unit-row')).toHaveCount(1);
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByLabel('全称').fill('天门市岳口镇人民政府');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存。')).toBeVisible();
    expect(scalar(`select full_name from units where code = 'yuekou'`)).toBe('天门市岳口镇人民政府');
  });

  test('admin cannot change its own role: the field is locked and a forged change is refused', async ({ page }) => {
    const id = scalar(`select id from users where username = 'admin'`);
    await page.goto(`/admin/users/${id}`);
    await expect(page.getByLabel('角色')).toBeDisabled();
    await expect(page.getByText('这是您自己的账号')).toBeVisible();
    await expect(page.getByRole('button', { name: '重置密码' })).toHaveCount(0);
    expect(scalar(`select role from users where username = 'admin'`)).toBe('admin');
  });

  test('admin cannot read the audit log', async ({ page, allowConsoleError }) => {
    allowConsoleError(FORBIDDEN);
    const response = await page.goto('/audit');
    expect(response?.status()).toBe(403);
  });
});

test.describe('audit log', () => {
  test.use({ storageState: stateFile('auditor') });

  test('the auditor reads sign-ins and changes, filtered by action', async ({ page, browser, baseURL }) => {
    const stranger = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    await signIn(await stranger.newPage(), 'office', 'not-the-password');
    await stranger.close();
    await page.goto('/audit?action=auth.sign-in&result=failure');
    const rows = page.getByTestId('audit-row');
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) expect(text).toContain('失败');
  });

  test('the auditor picks an operation by its Chinese name and reads only those records', async ({ page }) => {
    await page.goto('/audit');
    await page.getByLabel('操作').selectOption({ label: '登录' });
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/action=auth\.sign-in/);
    const rows = page.getByTestId('audit-row');
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) expect(text).toContain('auth.sign-in');
    await expect(page.getByLabel('操作')).toHaveValue('auth.sign-in');
  });

  test('the auditor reads a report by unit · round · measure, picked by the object type’s name', async ({ page, browser, baseURL }) => {
    // Three people in turn: the office, a unit, the auditor.
    test.slow();
    // The office opens a round; 市发改委 starts its report on 1.4 (an audited write on a report).
    const round = `审计对象测试-${Date.now() % 100000}`;
    const office = await browser.newContext({ baseURL, storageState: stateFile('office') });
    const o = await office.newPage();
    await o.goto('/rounds/new');
    await o.getByLabel('轮次名称').fill(round);
    await o.getByLabel('报送期间（起）').fill('2018-10-01');
    await o.getByLabel('报送期间（止）').fill('2018-12-31');
    await o.getByLabel('截止日期').fill(new Date(Date.now() + 7 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10));
    await o.getByRole('button', { name: '开启报送轮次' }).click();
    await expect(o.getByText('报送轮次已开启。')).toBeVisible();
    await expect(o.getByTestId('round-year')).toContainText('计入2018年度');
    await office.close();
    const unit = await browser.newContext({ baseURL, storageState: stateFile('fgw') });
    const f = await unit.newPage();
    await f.goto('/units/fgw');
    await f.locator('[data-testid="work-row"][data-measure="1.4"]').filter({ hasText: round }).getByRole('button', { name: '填报' }).click();
    await expect(f).toHaveURL(/\/reports\/\d+$/);
    const reportId = f.url().match(/\/reports\/(\d+)$/)![1];
    await unit.close();

    await page.goto('/audit');
    await page.getByRole('combobox', { name: '对象类型', exact: true }).selectOption({ label: '进展报告' });
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/object=report/);
    const row = page.getByTestId('audit-row').filter({ hasText: round }).first();
    await expect(row.getByTestId('audit-object-name')).toHaveText(`市发改委 · ${round} · 1.4 报告`);
    await expect(row.getByTestId('audit-object-kind')).toHaveText(`进展报告 #${reportId}`);
    for (const kind of await page.getByTestId('audit-object-kind').allTextContents()) expect(kind).toMatch(/^进展报告 #\d+$/);
    // No object shows as a bare code any more.
    await expect(page.getByTestId('audit-object').filter({ hasText: /\breport #/ })).toHaveCount(0);
  });

  test('the auditor cannot open the plan or user administration', async ({ page, allowConsoleError }) => {
    allowConsoleError(FORBIDDEN);
    expect((await page.goto('/plan'))?.status()).toBe(403);
    expect((await page.goto('/admin/users'))?.status()).toBe(403);
  });
});

test.describe('三员分立: an administrator account takes two people', () => {
  test('the administrator proposes an auditor; nothing exists until the auditor confirms, who alone sees the password', async ({ browser, baseURL }) => {
    const username = `aud${Date.now() % 100000}`;
    const admin = await browser.newContext({ baseURL, storageState: stateFile('admin') });
    const a = await admin.newPage();
    await a.goto('/admin/users/new');
    await a.getByLabel('用户名').fill(username);
    await a.getByLabel('姓名').fill('审计员丙');
    await a.getByLabel('所属单位').selectOption({ label: '市政府法制办' });
    await a.getByLabel('角色').selectOption('auditor');
    await expect(a.getByLabel('初始密码')).toHaveCount(0);
    await a.getByRole('button', { name: '提交，待确认' }).click();
    await expect(a.getByText('已提交，须由审计管理员确认后生效。')).toBeVisible();
    await expect(a.getByTestId('new-password')).toHaveCount(0);
    expect(scalar(`select count(*) from users where username = ?`, username)).toBe(0);
    await a.goto('/admin/users/pending');
    await expect(a.getByTestId('proposal-row').filter({ hasText: username })).toContainText('待确认');
    await expect(a.getByTestId('proposal-row').filter({ hasText: username }).getByRole('button', { name: '确认' })).toHaveCount(0);
    await admin.close();

    const auditor = await browser.newContext({ baseURL, storageState: stateFile('auditor') });
    const p = await auditor.newPage();
    await p.goto('/audit');
    await p.getByRole('link', { name: '账号变更确认' }).click();
    await p.getByTestId('proposal-row').filter({ hasText: username }).getByRole('button', { name: '确认' }).click();
    await expect(p.getByText('已确认，变更已生效。')).toBeVisible();
    await expect(p.getByTestId('new-password')).toHaveText(/^.{12}$/);
    // Now among the decided, confirmed by the auditor.
    await expect(p.getByTestId('proposal-row').filter({ hasText: username })).toContainText('已确认');
    expect(scalar(`select role from users where username = ?`, username)).toBe('auditor');
    expect(scalar(`select count(*) from audit_log where action in ('user.propose', 'user.confirm') and object_type = 'account-proposal'
      and object_id = (select max(id) from account_proposals where username = ?)`, username)).toBe(2);
    await auditor.close();
  });
});
