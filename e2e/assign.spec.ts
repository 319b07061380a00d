import { type Page } from '@playwright/test';
import { expect, FORBIDDEN, test } from './fixtures';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { scalar, stateFile } from './helpers';

/** A workbook in the shape offices use: a title row, the header, the task cell merged down. */
async function workbook(rows: (string | null)[][], title = '天门市法治政府建设实施方案任务分工表'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('分工');
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, 6);
  ws.addRow(['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限']);
  for (const r of rows) ws.addRow(r);
  // Merge the task cell down over consecutive rows of the same task.
  let start = 3;
  for (let i = 3; i <= rows.length + 2; i++) {
    const next = i < rows.length + 2 ? ws.getCell(i + 1, 2).value : null;
    if (next !== null && next !== undefined && next !== '') {
      if (i > start) ws.mergeCells(start, 2, i, 2);
      start = i + 1;
    }
  }
  if (rows.length + 2 > start) ws.mergeCells(start, 2, rows.length + 2, 2);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer, planLabel?: string) {
  await page.goto('/assignments/import');
  if (planLabel) await page.getByLabel('导入到方案').selectOption({ label: planLabel });
  await page.getByLabel(/分工方案表/).setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('button', { name: '上传并预览' }).click();
  await expect(page.getByRole('heading', { name: '导入预览' })).toBeVisible();
}

test.describe('the office assigns', () => {
  test.use({ storageState: stateFile('office') });

  test('office assigns measure 2.4 to 岳口镇 as cooperating unit; yuekou sees it with a new notice', async ({ page, browser, baseURL }) => {
    const measureId = scalar(`select m.id from measures m join plans p on p.id = m.plan_id where p.is_current = 1 and m.code = '2.4'`);
    await page.goto('/assignments');
    await page.getByTestId('board-row').filter({ hasText: '2.4' }).getByRole('link', { name: '调整分工' }).click();
    await expect(page).toHaveURL(new RegExp(`/assignments/measure/${measureId}$`));
    await page.getByLabel('按名称筛选单位').fill('岳口');
    await page.getByRole('checkbox', { name: '岳口镇' }).check();
    await page.getByRole('radio', { name: '配合' }).check();
    await page.locator('#target').fill('完成本镇规范性文件清理');
    await page.getByRole('button', { name: '分配', exact: true }).click();
    await expect(page.getByText('已分配 1 个单位')).toBeVisible();
    await expect(page.locator('[data-testid="assignment-row"][data-unit="yuekou"]')).toBeVisible();
    expect(
      scalar(`select count(*) from audit_log where action = 'assignment.create' and object_id in (select cast(a.id as text) from assignments a join units u on u.id = a.unit_id where u.code = 'yuekou' and a.measure_id = ?)`, measureId),
    ).toBe(1);

    const ctx = await browser.newContext({ baseURL, storageState: stateFile('yuekou') });
    const unitPage = await ctx.newPage();
    await unitPage.goto('/units/yuekou');
    const row = unitPage.getByTestId('unit-assignment').filter({ hasText: '2.4' });
    await expect(row).toContainText('配合');
    await expect(row).toContainText('完成本镇规范性文件清理');
    await expect(unitPage.getByTestId('notice-count')).toHaveText('1');
    await unitPage.getByTestId('notice-bell').click();
    const notice = unitPage.getByTestId('notice').first();
    await expect(notice).toContainText('2.4');
    await expect(notice).toContainText('配合单位');
    await notice.getByRole('button', { name: '查看' }).click();
    await expect(unitPage).toHaveURL(/\/assignments\/\d+$/);
    await expect(unitPage.getByTestId('notice-count')).toHaveCount(0);
    await ctx.close();
  });

  test('a measure without a lead unit is flagged, and removing an assignment without reports deletes it', async ({ page }) => {
    const measureId = scalar(`select m.id from measures m join plans p on p.id = m.plan_id where p.is_current = 1 and m.code = '7.4'`);
    await page.goto(`/assignments/measure/${measureId}`);
    const leads = await page.locator('[data-testid="assignment-row"]').filter({ has: page.locator('text=牵头').first() }).count();
    expect(leads).toBeGreaterThan(0);
    // Demote every lead to cooperating: the board flags the measure.
    for (const row of await page.getByTestId('assignment-row').all()) {
      const role = row.getByRole('combobox');
      if ((await role.inputValue()) === 'lead') {
        await role.selectOption('cooperating');
        await row.getByRole('button', { name: '保存' }).click();
        await expect(row.getByText('已保存。')).toBeVisible();
      }
    }
    await page.goto('/assignments?noLead=1');
    await expect(page.getByTestId('board-row').filter({ hasText: '7.4' })).toContainText('缺少牵头单位');
  });
});

test.describe('import and export of the assignment table', () => {
  test.use({ storageState: stateFile('office') });

  test('a bad file shows each row error with its row number and applies nothing', async ({ page }) => {
    const before = [scalar('select count(*) from measures'), scalar('select count(*) from assignments'), scalar('select count(*) from tasks')];
    const buffer = await workbook([
      ['1.1', '一、依法全面履行政府职能', '深化行政审批制度改革', '市编办', '市发改局、市政务服务中心', '长期坚持'],
      ['1.2', null, '', '市编办', '市发改委', '长期坚持'],
      ['1.1', null, '重复的编号', '市编办', null, '长期坚持'],
    ]);
    await upload(page, 'bad.xlsx', buffer);
    const errors = page.getByTestId('import-error');
    await expect(page.getByTestId('import-row').nth(0)).toContainText('未知单位“市发改局”');
    await expect(page.getByTestId('import-row').nth(0)).toContainText('市发改委');
    await expect(page.getByTestId('import-row').nth(0)).toContainText('3');
    await expect(page.getByTestId('import-row').nth(1)).toContainText('缺少措施名称');
    await expect(page.getByTestId('import-row').nth(2)).toContainText('编号 1.1 与第 3 行重复');
    await expect(errors).toHaveCount(3);
    await expect(page.getByText('存在错误，不能应用')).toBeVisible();
    await expect(page.getByRole('button', { name: '应用导入' })).toHaveCount(0);
    expect([scalar('select count(*) from measures'), scalar('select count(*) from assignments'), scalar('select count(*) from tasks')]).toEqual(before);
  });

  test('a file that is not a workbook is refused with a clear message', async ({ page }) => {
    await page.goto('/assignments/import');
    await page.getByLabel(/分工方案表/).setInputFiles({ name: 'table.xlsx', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not a workbook') });
    await page.getByRole('button', { name: '上传并预览' }).click();
    await expect(page.getByText('文件不是有效的 Excel 工作簿（.xlsx）。')).toBeVisible();
  });

  test('the exported table imports back with zero changes', async ({ page }) => {
    await page.goto('/assignments');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '导出 Excel' }).click();
    const file = await (await download).path();
    await upload(page, 'export.xlsx', readFileSync(file));
    const measures = scalar(`select count(*) from measures m join plans p on p.id = m.plan_id where p.is_current = 1 and m.archived_at is null`);
    await expect(page.getByTestId('import-row')).toHaveCount(measures);
    await expect(page.locator('[data-testid="import-row"][data-action="unchanged"]')).toHaveCount(measures);
    await expect(page.getByText('文件与现有数据一致，没有需要应用的变更。')).toBeVisible();
  });

  test('a good file applies in one go and its measures appear on /plan', async ({ page }) => {
    // A new plan, so the demo plan the other tests count stays as it is.
    await page.goto('/plans');
    await page.getByLabel('方案名称').fill('天门市法治政府建设实施方案（2021－2025年）');
    await page.getByLabel('开始年份').fill('2021');
    await page.getByLabel('结束年份').fill('2025');
    await page.getByRole('button', { name: '新建方案' }).click();
    await expect(page.getByText('方案已创建。')).toBeVisible();
    const planId = scalar<number>(`select id from plans where start_year = 2021`);

    const buffer = await workbook([
      ['1.1', '一、健全政府机构职能体系', '推进政府机构职能优化协同高效', '市编办', '市发改委，市政务服务中心', '2021年底前完成'],
      ['1.2', null, '深入推进“放管服”改革', '天门市发展和改革委员会', '市司法局;市商务局', '长期坚持'],
      ['2.1', '二、健全依法行政制度体系', '加强重要领域立法', '市司法局（牵头）', '发改委\n市生态环境局', '2022-06-30'],
    ]);
    await upload(page, 'plan-2021.xlsx', buffer, '天门市法治政府建设实施方案（2021－2025年）');
    await expect(page.getByTestId('import-error')).toHaveCount(1); // 市生态环境局 does not exist in the 2018 roster
    await expect(page.getByTestId('import-row').nth(2)).toContainText('未知单位“市生态环境局”');

    const fixed = await workbook([
      ['1.1', '一、健全政府机构职能体系', '推进政府机构职能优化协同高效', '市编办', '市发改委，市政务服务中心', '2021年底前完成'],
      ['1.2', null, '深入推进“放管服”改革', '天门市发展和改革委员会', '市司法局;市商务局', '长期坚持'],
      ['2.1', '二、健全依法行政制度体系', '加强重要领域立法', '市司法局（牵头）', '发改委\n市环保局', '2022-06-30'],
    ]);
    await upload(page, 'plan-2021.xlsx', fixed, '天门市法治政府建设实施方案（2021－2025年）');
    await expect(page.locator('[data-testid="import-row"][data-action="create"]')).toHaveCount(3);
    await page.getByRole('button', { name: '应用导入' }).click();
    await expect(page.getByText(/该导入已于 .* 应用/)).toBeVisible();
    expect(scalar(`select count(*) from measures where plan_id = ?`, planId)).toBe(3);
    expect(scalar(`select count(*) from tasks where plan_id = ?`, planId)).toBe(2);
    expect(scalar(`select count(*) from assignments a join measures m on m.id = a.measure_id where m.plan_id = ?`, planId)).toBe(9);
    expect(scalar(`select due_date from measures where plan_id = ? and code = '2.1'`, planId)).toBe('2022-06-30');

    await page.goto(`/plan?plan=${planId}`);
    await expect(page.getByTestId('measure-row')).toHaveCount(3);
    await expect(page.getByTestId('measure-row').filter({ hasText: '1.2' })).toContainText('市发改委');
    await expect(page.getByTestId('measure-row').filter({ hasText: '2.1' })).toContainText('市司法局');
    // The same file again changes nothing.
    await upload(page, 'plan-2021.xlsx', fixed, '天门市法治政府建设实施方案（2021－2025年）');
    await expect(page.locator('[data-testid="import-row"][data-action="unchanged"]')).toHaveCount(3);
  });
});

test.describe('actions are refused to other roles', () => {
  test.use({ storageState: stateFile('leader') });

  test('a leader cannot open the assignment board, the import or the export', async ({ page, allowConsoleError }) => {
    allowConsoleError(FORBIDDEN);
    expect((await page.goto('/assignments'))?.status()).toBe(403);
    expect((await page.goto('/assignments/import'))?.status()).toBe(403);
    expect((await page.goto('/plans'))?.status()).toBe(403);
    const res = await page.request.get('/assignments/export');
    expect(res.status()).toBe(403);
  });
});
