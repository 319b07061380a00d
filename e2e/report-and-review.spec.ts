import { type Browser, type Page } from '@playwright/test';
import { expect, FORBIDDEN, test } from './fixtures';
import { scalar, stateFile, type Account } from './helpers';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]), Buffer.alloc(64)]);
const ROUND = `2018年第二季度-${Date.now() % 100000}`;

test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, baseURL: string | undefined, account: Account): Promise<Page> {
  const ctx = await browser.newContext({ baseURL, storageState: stateFile(account) });
  const page = await ctx.newPage();
  page.on('dialog', (d) => d.accept());
  return page;
}

test('a whole quarter: open the round, report with evidence, return, resubmit, approve, timeline', async ({ browser, baseURL, allowConsoleError }) => {
  allowConsoleError(FORBIDDEN); // jyj opening fgw's report, below
  // The office opens a round over every current measure, due in two weeks.
  const office = await as(browser, baseURL, 'office');
  await office.goto('/rounds/new');
  await office.getByLabel('轮次名称').fill(ROUND);
  await office.getByLabel('报送期间（起）').fill('2018-04-01');
  await office.getByLabel('报送期间（止）').fill('2018-06-30');
  const due = new Date(Date.now() + 14 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await office.getByLabel('截止日期').fill(due);
  await office.getByRole('button', { name: '开启报送轮次' }).click();
  await expect(office.getByText('报送轮次已开启。')).toBeVisible();
  const roundId = scalar<number>(`select id from rounds where name = ?`, ROUND);
  const owed = scalar(
    `select count(*) from round_measures rm join assignments a on a.measure_id = rm.measure_id where rm.round_id = ? and a.status = 'active'`,
    roundId,
  );
  await expect(office.getByTestId('round-stats')).toContainText(String(owed));

  // fgw reports on 1.4 (which it leads), attaches a PDF, and submits.
  const fgw = await as(browser, baseURL, 'fgw');
  await fgw.goto('/units/fgw');
  const row = fgw.locator(`[data-testid="work-row"][data-measure="1.4"]`).filter({ hasText: ROUND });
  await row.getByRole('button', { name: '填报' }).click();
  await expect(fgw).toHaveURL(/\/reports\/\d+$/);
  const reportUrl = fgw.url();
  await fgw.getByLabel('完成进度（%）').fill('150');
  await fgw.getByLabel('推进状态').selectOption('on_track');
  await fgw.getByLabel('工作进展').fill('制定了市场监管年度计划。');
  await fgw.getByRole('button', { name: '报送', exact: true }).click();
  await expect(fgw.getByText('不能大于 100。')).toBeVisible();
  await expect(fgw.getByLabel('工作进展')).toHaveValue('制定了市场监管年度计划。');
  // 100 % and 滞后 do not go together: the form says so as they are chosen, and the server refuses them.
  await fgw.getByLabel('完成进度（%）').fill('100');
  await fgw.getByLabel('推进状态').selectOption('delayed');
  await expect(fgw.getByText('完成进度为 100% 时，推进状态不能是“滞后”', { exact: false })).toBeVisible();
  await fgw.getByRole('button', { name: '报送', exact: true }).click();
  await expect(fgw.getByText('请修改标出的错误后重新提交。')).toBeVisible();
  expect(scalar(`select status from reports where id = ?`, Number(reportUrl.split('/').at(-1)))).toBe('draft');
  await fgw.getByLabel('完成进度（%）').fill('40');

  await fgw.getByLabel('佐证材料').setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: EXE });
  await fgw.getByRole('button', { name: '上传' }).click();
  await expect(fgw.getByText('不支持该文件类型')).toBeVisible();
  await fgw.getByLabel('佐证材料').setInputFiles({ name: '年度计划.pdf', mimeType: 'application/pdf', buffer: PDF });
  await fgw.getByRole('button', { name: '上传' }).click();
  await expect(fgw.getByTestId('evidence-list')).toContainText('年度计划.pdf');
  await fgw.getByLabel('完成进度（%）').fill('40');
  await fgw.getByLabel('推进状态').selectOption('on_track');
  await fgw.getByLabel('工作进展').fill('制定了市场监管年度计划。');
  await fgw.getByRole('button', { name: '报送', exact: true }).click();
  await expect(fgw.getByText('报告已报送，审核前不能修改。')).toBeVisible();
  const reportId = Number(reportUrl.split('/').at(-1));
  const fileId = scalar<number>(`select id from attachments where owner_type = 'report' and owner_id = ?`, reportId);

  // jyj may not download fgw's evidence; fgw may.
  const jyj = await as(browser, baseURL, 'jyj');
  expect((await jyj.request.get(`/api/attachments/${fileId}`)).status()).toBe(403);
  const own = await fgw.request.get(`/api/attachments/${fileId}`);
  expect(own.status()).toBe(200);
  expect(own.headers()['content-disposition']).toContain('attachment');
  expect(own.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await own.body()).equals(PDF)).toBe(true);
  expect((await jyj.goto(reportUrl))?.status()).toBe(403);

  // The office finds it in the review queue and returns it with a comment.
  await office.goto(`/review?round=${roundId}`);
  await office.getByTestId('review-row').filter({ hasText: '市发改委' }).filter({ hasText: '1.4' }).getByRole('link', { name: '审核' }).click();
  await office.getByRole('button', { name: '退回' }).click();
  await expect(office.getByText('退回时须填写意见。')).toBeVisible();
  await office.getByLabel('审核意见').fill('请补充监管检查的数据。');
  await office.getByRole('button', { name: '退回' }).click();
  // Taken to the next report awaiting review, told what was decided.
  await expect(office.getByTestId('reviewed-notice')).toContainText('已退回：市发改委 · 1.4');
  expect(scalar(`select status from reports where id = ?`, reportId)).toBe('returned');

  // fgw sees it returned first on its home, edits and resubmits.
  await fgw.goto('/units/fgw');
  await expect(fgw.getByTestId('returned-reports')).toContainText('1.4');
  await fgw.getByTestId('returned-report').filter({ hasText: ROUND }).getByRole('link').click();
  await expect(fgw.getByRole('alert').filter({ hasText: '请补充监管检查的数据。' })).toBeVisible();
  await fgw.getByLabel('完成进度（%）').fill('60');
  await fgw.getByLabel('工作进展').fill('制定了市场监管年度计划，完成检查 120 次。');
  await fgw.getByRole('button', { name: '报送', exact: true }).click();
  await expect(fgw.getByText('报告已报送，审核前不能修改。')).toBeVisible();

  // The office approves.
  await office.goto(`/reports/${reportId}`);
  await office.getByRole('button', { name: '审核通过' }).click();
  await expect(office.getByTestId('reviewed-notice')).toContainText('已审核通过：市发改委 · 1.4');

  // The assignment's timeline shows both versions and both decisions, with what changed.
  await fgw.goto(`/assignments/${scalar(`select assignment_id from reports where id = ?`, reportId)}`);
  const report = fgw.getByTestId('timeline-report').filter({ hasText: ROUND });
  await expect(report.getByTestId('timeline-version')).toHaveCount(2);
  await expect(report.getByTestId('timeline-review')).toHaveCount(2);
  await expect(report).toContainText('进度 40% → 60%');
  await expect(report).toContainText('请补充监管检查的数据。');
  expect(scalar(`select count(*) from report_versions where report_id = ?`, reportId)).toBe(2);
  expect(scalar(`select status from reports where id = ?`, reportId)).toBe('approved');
});

test('the office chases a late unit, which gets a reminder notice', async ({ browser, baseURL }) => {
  const office = await as(browser, baseURL, 'office');
  const roundId = scalar<number>(`select id from rounds where name = ?`, ROUND);
  await office.goto(`/rounds/${roundId}`);
  const jyjRow = office.locator('[data-testid="chasing-row"][data-unit="jyj"]');
  await expect(jyjRow).toBeVisible();
  await jyjRow.getByRole('checkbox').check();
  await office.getByLabel('催办说明（可选）').fill('请于本周内报送。');
  await office.getByRole('button', { name: '发送催办' }).click();
  await expect(office.getByText('已向 1 个单位发送催办通知。')).toBeVisible();

  const jyj = await as(browser, baseURL, 'jyj');
  await jyj.goto('/notices');
  const notice = jyj.getByTestId('notice').filter({ hasText: ROUND }).first();
  await expect(notice).toContainText('催办');
  await expect(notice).toContainText('请于本周内报送。');
});

test('extension: a unit asks, the office approves, the due date moves and both see the history', async ({ browser, baseURL }) => {
  const assignmentId = scalar<number>(
    `select a.id from assignments a join units u on u.id = a.unit_id join measures m on m.id = a.measure_id where u.code = 'fgw' and m.code = '2.2'`,
  );
  const fgw = await as(browser, baseURL, 'fgw');
  await fgw.goto(`/assignments/${assignmentId}`);
  await fgw.getByLabel('申请延至').fill('2099-12-31');
  await fgw.getByLabel('申请理由').fill('需等待上级文件。');
  await fgw.getByRole('button', { name: '提交申请' }).click();
  await expect(fgw.getByText('延期申请已提交。')).toBeVisible();

  const office = await as(browser, baseURL, 'office');
  await office.goto('/extensions');
  const row = office.getByTestId('extension-row').filter({ hasText: '需等待上级文件。' });
  await row.getByRole('button', { name: '批准', exact: true }).click();
  await expect(office.getByText('已批准延期，截止日期已更新。')).toBeVisible();
  expect(scalar(`select due_date from assignments where id = ?`, assignmentId)).toBe('2099-12-31');

  await fgw.goto(`/assignments/${assignmentId}`);
  await expect(fgw.getByTestId('due-date')).toHaveText('2099年12月31日');
  await expect(fgw.getByTestId('extension-row')).toContainText('已批准');
  // The record reads as lines of text, not a column one or two characters wide.
  const box = (await fgw.getByTestId('extension-row').boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  expect(box.height).toBeLessThan(250);
});

test('lights: the leader sees red, yellow and green measures on /plan, and a unit does not see others’ lights', async ({ browser, baseURL }) => {
  const leader = await as(browser, baseURL, 'leader');
  await leader.goto('/plan');
  await expect(leader.locator('[data-testid="measure-row"] [data-light]').first()).toBeVisible();
  const fgw = await as(browser, baseURL, 'fgw');
  await fgw.goto('/plan');
  await expect(fgw.locator('[data-testid="measure-row"] [data-light]')).toHaveCount(0);
});
