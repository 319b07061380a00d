import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectSignedIn, readDb, scalar, signIn, stateFile } from './helpers';

test.describe.configure({ mode: 'serial' });

/** Reports awaiting review in the review queue's order: oldest submission first. */
function queue(): number[] {
  const db = readDb();
  try {
    return db.prepare(`select id from reports where status = 'submitted' order by last_submitted_at, id`).pluck().all() as number[];
  } finally {
    db.close();
  }
}

async function office(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const ctx = await browser.newContext({ baseURL, storageState: stateFile('office') });
  const page = await ctx.newPage();
  page.on('dialog', (d) => d.accept());
  return page;
}

/** A day `days` from now, YYYY-MM-DD in Shanghai. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

test('a return in a closed round can be answered: the office gives a deadline, the unit resubmits, the office approves and walks the queue', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const q4 = scalar<number>(`select id from rounds where name = '2018年第四季度'`);
  expect(scalar(`select status from rounds where id = ?`, q4)).toBe('closed');
  const [first, second] = queue();
  expect(scalar(`select round_id from reports where id = ?`, first)).toBe(q4);
  const unitCode = scalar<string>(`select u.code from reports r join units u on u.id = r.unit_id where r.id = ?`, first);
  const measureCode = scalar<string>(`select m.code from reports r join assignments a on a.id = r.assignment_id join measures m on m.id = a.measure_id where r.id = ?`, first);

  // The office opens the oldest report awaiting review, in the closed 2018 Q4 round, and is told the unit can still resubmit.
  const o = await office(browser, baseURL);
  await o.goto(`/review?round=${q4}`);
  await o.getByTestId('review-row').first().getByRole('link', { name: '审核' }).click();
  await expect(o).toHaveURL(new RegExp(`/reports/${first}$`));
  await expect(o.locator('#resubmit-closed-round')).toContainText('本轮已关闭。退回后，填报单位仍可在该日（含）前修改并重新报送');
  await o.getByLabel('审核意见').fill('请补充年度数据。');
  // A day in the past is refused, and nothing changes.
  await o.getByLabel('重新报送截止日期').fill(dayFromNow(-2));
  await o.getByRole('button', { name: '退回' }).click();
  await expect(o.getByText('重新报送截止日期不能早于今天。')).toBeVisible();
  expect(scalar(`select status from reports where id = ?`, first)).toBe('submitted');
  const due = dayFromNow(3);
  await o.getByLabel('重新报送截止日期').fill(due);
  await o.getByRole('button', { name: '退回' }).click();
  // Taken to the next report awaiting review, told what was decided and until when the unit may resubmit.
  await expect(o).toHaveURL(new RegExp(`/reports/${second}\\?reviewed=${first}$`));
  const [, m, d] = due.split('-').map(Number);
  await expect(o.getByTestId('reviewed-notice')).toContainText(`已退回：`);
  await expect(o.getByTestId('reviewed-notice')).toContainText(`${m}月${d}日 23:59 前修改后重新报送`);
  await expect(o.getByTestId('reviewed-next')).toHaveText('以下是下一份待审核的报告。');
  expect(scalar(`select status from reports where id = ?`, first)).toBe('returned');

  // The unit signs in, finds the return on its page with the deadline, revises and resubmits although the round is closed.
  const ctx = await browser.newContext({ baseURL });
  const unit = await ctx.newPage();
  unit.on('dialog', (dialog) => dialog.accept());
  await signIn(unit, unitCode);
  await unit.waitForURL((u) => !u.pathname.startsWith('/login'));
  await expectSignedIn(unit);
  await unit.goto(`/units/${unitCode}`);
  const item = unit.getByTestId('returned-report').filter({ hasText: measureCode }).filter({ hasText: '2018年第四季度' });
  await expect(item).toHaveAttribute('data-revisable', 'true');
  await expect(item).toContainText(`请于 2`);
  await item.getByRole('link').click();
  await expect(unit).toHaveURL(new RegExp(`/reports/${first}$`));
  await expect(unit.getByTestId('resubmit-by')).toContainText(`本轮已关闭，但本报告被退回修改：请于`);
  await expect(unit.getByTestId('resubmit-by')).toContainText(`${m}月${d}日`);
  await expect(unit.getByText('本轮已关闭，报告不能再修改。')).toHaveCount(0);
  await unit.getByLabel('工作进展').fill('已补充年度数据：全年完成检查 86 次。');
  await unit.getByRole('button', { name: '报送', exact: true }).click();
  await expect(unit.getByText('报告已报送，审核前不能修改。')).toBeVisible();
  expect(scalar(`select status from reports where id = ?`, first)).toBe('submitted');
  expect(scalar(`select resubmit_by from reports where id = ?`, first)).toBeNull();
  expect(scalar(`select count(*) from report_versions where report_id = ?`, first)).toBe(2);

  // The office approves it and is taken to the next report awaiting review (the resubmitted one is now the newest).
  await o.goto(`/reports/${first}`);
  await o.getByRole('button', { name: '审核通过' }).click();
  await expect(o).toHaveURL(new RegExp(`/reports/${second}\\?reviewed=${first}$`));
  await expect(o.getByTestId('reviewed-notice')).toContainText('已审核通过：');
  await expect(o.getByTestId('reviewed-notice')).toContainText(measureCode);
  expect(scalar(`select status from reports where id = ?`, first)).toBe('approved');

  // "Next report" walks the queue in its order, then comes back to the queue when none is left.
  let expected = queue();
  expect(expected[0]).toBe(second);
  while (expected.length > 0) {
    const current = expected[0]!;
    await expect(o).toHaveURL(new RegExp(`/reports/${current}(\\?|$)`));
    await expect(o.locator('input[name="id"]')).toHaveValue(String(current));
    await o.getByRole('button', { name: '审核通过' }).click();
    expected = expected.slice(1);
    if (expected.length > 0) await expect(o).toHaveURL(new RegExp(`/reports/${expected[0]}\\?reviewed=${current}$`));
    else await expect(o).toHaveURL(new RegExp(`/review\\?reviewed=${current}$`));
  }
  await expect(o.getByTestId('reviewed-next')).toHaveText('待审核的报告已全部处理完毕。');
  await expect(o.getByTestId('review-row')).toHaveCount(0);
});
