import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { formatDateTime } from '../lib/i18n/format';
import { scalar, stateFile, type Account } from './helpers';

const ROUND = `催办测试-${Date.now() % 100000}`;

test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, baseURL: string | undefined, account: Account): Promise<Page> {
  const ctx = await browser.newContext({ baseURL, storageState: stateFile(account) });
  const page = await ctx.newPage();
  page.on('dialog', (d) => d.accept());
  return page;
}

test('the office selects every late unit, chases them at once, sees who sent what when, and calls the unit’s contact', async ({ browser, baseURL }) => {
  test.slow(); // a round over every measure, three accounts and many pages
  const office = await as(browser, baseURL, 'office');
  await office.goto('/rounds/new');
  await office.getByLabel('轮次名称').fill(ROUND);
  await office.getByLabel('报送期间（起）').fill('2020-10-01');
  await office.getByLabel('报送期间（止）').fill('2020-12-31');
  await office.getByLabel('截止日期').fill(new Date(Date.now() + 14 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10));
  await office.getByRole('button', { name: '开启报送轮次' }).click();
  await expect(office.getByText('报送轮次已开启。')).toBeVisible();
  const roundId = scalar<number>(`select id from rounds where name = ?`, ROUND);

  // Nobody has reported yet: every unit that owes is listed, none reminded, each with whom to call.
  const rows = office.getByTestId('chasing-row');
  const owing = scalar(
    `select count(distinct a.unit_id) from round_measures rm join assignments a on a.measure_id = rm.measure_id where rm.round_id = ? and a.status = 'active'`,
    roundId,
  );
  await expect(rows).toHaveCount(owing);
  const jyjPhone = scalar<string>(`select contact_phone from units where code = 'jyj'`);
  const jyjContact = scalar<string>(`select contact_name from units where code = 'jyj'`);
  const jyj = office.locator('[data-testid="chasing-row"][data-unit="jyj"]');
  await expect(jyj.getByTestId('chasing-contact')).toContainText(jyjContact);
  await expect(jyj.getByTestId('chasing-contact').getByRole('link', { name: jyjPhone })).toHaveAttribute('href', `tel:${jyjPhone}`);
  await expect(jyj.getByTestId('chasing-last')).toHaveText('尚未催办');

  // Select all, then none, then all again with the header box.
  await office.getByRole('button', { name: '全选', exact: true }).click();
  await expect(office.getByTestId('chasing-selected')).toHaveText(`已选 ${owing} / ${owing} 个单位`);
  await office.getByRole('button', { name: '全不选' }).click();
  await expect(office.getByTestId('chasing-selected')).toHaveText(`已选 0 / ${owing} 个单位`);
  await expect(jyj.getByRole('checkbox')).not.toBeChecked();
  await office.getByRole('checkbox', { name: '选择全部单位' }).check();
  for (const box of await rows.getByRole('checkbox').all()) await expect(box).toBeChecked();

  await office.getByLabel('催办说明（可选）').fill('请于本周五前报送本季度进展。');
  await office.getByRole('button', { name: '发送催办' }).click();
  await expect(office.getByText(`已向 ${owing} 个单位发送催办通知。`)).toBeVisible();
  expect(scalar(`select count(*) from notices where round_id = ? and kind = 'reminder'`, roundId)).toBe(owing);
  // The ticks are cleared after sending.
  await expect(office.getByTestId('chasing-selected')).toHaveText(`已选 0 / ${owing} 个单位`);

  // The history: who sent it, when, what it said; and the row says so too.
  const sentAt = formatDateTime(scalar<number>(`select max(created_at) from notices where round_id = ? and kind = 'reminder' and unit_id = (select id from units where code = 'jyj')`, roundId), 'zh-CN');
  const entry = office.locator('[data-testid="reminder-history-row"][data-unit="市教育局"]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('法制办工作人员');
  await expect(entry).toContainText(sentAt);
  await expect(entry).toContainText('请于本周五前报送本季度进展。');
  await expect(jyj.getByTestId('chasing-last')).toContainText('已催办 1 次');
  await expect(jyj.getByTestId('chasing-last')).toContainText(`${sentAt} · 法制办工作人员`);

  // The unit's page and an assignment page show the office whom to call.
  await office.goto('/units/jyj');
  await expect(office.getByTestId('unit-contact')).toContainText(`${jyjContact} ${jyjPhone}`);
  const assignmentId = scalar<number>(`select a.id from assignments a join units u on u.id = a.unit_id where u.code = 'jyj' and a.status = 'active' limit 1`);
  await office.goto(`/assignments/${assignmentId}`);
  await expect(office.getByTestId('unit-contact')).toContainText(jyjPhone);

  // Closed, with no returned report that can still be resubmitted, the round offers no chasing; the history stays.
  await office.goto(`/rounds/${roundId}`);
  await office.getByRole('button', { name: '关闭轮次' }).click();
  await expect(office.getByRole('button', { name: '重新开启' })).toBeVisible();
  await expect(office.getByText('本轮已关闭，没有仍可重新报送的退回报告，无需催办。')).toBeVisible();
  await expect(office.getByRole('button', { name: '发送催办' })).toHaveCount(0);
  await expect(office.getByTestId('chasing-row')).toHaveCount(0);
  await expect(office.getByTestId('reminder-history-row')).toHaveCount(owing);
});

test.describe('unit contacts', () => {
  test.use({ storageState: stateFile('admin') });

  test('the admin is told a phone number is not one, and a good one is saved', async ({ page }) => {
    const id = scalar<number>(`select id from units where code = 'sfj'`);
    const before = scalar<string>(`select contact_phone from units where id = ?`, id);
    await page.goto(`/admin/units/${id}`);
    await page.getByLabel('联系人').fill('周建国');
    await page.getByLabel('联系电话').fill('12345');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('不是有效的电话号码。')).toBeVisible();
    await expect(page.getByLabel('联系电话')).toHaveValue('12345');
    expect(scalar(`select contact_phone from units where id = ?`, id)).toBe(before);

    await page.getByLabel('联系电话').fill('0728-8123456-801');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存。')).toBeVisible();
    expect(scalar(`select contact_phone from units where id = ?`, id)).toBe('0728-8123456-801');
    expect(scalar(`select contact_name from units where id = ?`, id)).toBe('周建国');
    expect(scalar(`select count(*) from audit_log where action = 'unit.update' and object_id = ?`, String(id))).toBe(1);
  });
});
