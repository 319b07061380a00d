import { type Page } from '@playwright/test';
import { expect, FORBIDDEN, test } from './fixtures';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expectNoNestedForms, scalar, stateFile } from './helpers';

// The 2018 year-end assessment end to end, on the seeded 2018 rubric: the office opens it, fgw
// self-assesses, the assessor scores fgw and yuekou, the office publishes, and fgw reads its result.
test.describe.configure({ mode: 'serial' });

// A 1×1 PNG: real evidence content.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const unitId = (code: string) => scalar(`select id from units where code = ?`, code);
const sheetVersion = (code: string) =>
  scalar(`select sheet_version from assessment_units au join assessments a on a.id = au.assessment_id where a.year = 2018 and au.unit_id = ?`, unitId(code));

async function advance(page: Page, button: RegExp, stage: string) {
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByTestId('stage').first()).toHaveText(stage);
}

/** Fills the score sheet: `values` by field name (ind.A1.value, ind.A1.reason, bonus.G1.count …). */
async function fillSheet(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await page.locator(`[name="${name}"]`).fill(value);
}

test('the office downloads the 2018 rubric as Excel, to print and circulate', async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile('office') });
  const page = await context.newPage();
  await page.goto('/assessments/2018/rubric');
  // One sheet, the year in its title, headers in Chinese, every indicator in order with both names.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2018年度法治政府建设考核指标及评分标准.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['考核指标']);
  const ws = wb.worksheets[0]!;
  expect(ws.getCell('A1').value).toBe('2018年度法治政府建设考核指标及评分标准');
  expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['一级指标', '代码', '指标名称', '英文名称', '分值', '评分方式', '评分标准', '需提供的佐证材料', '适用单位']);
  const codes = ws.getColumn(2).values.slice(3).filter((c) => /^[A-F]\d$/.test(String(c)));
  expect(codes).toHaveLength(16);
  const e2 = ws.getRow(3 + codes.indexOf('E2'));
  expect([e2.getCell(3).value, e2.getCell(4).value, e2.getCell(5).value]).toEqual(['行政机关负责人出庭应诉', 'Rate of agency heads appearing in court', 4]);
  // The JSON stays, as a technical backup.
  await expect(page.getByRole('link', { name: '导出 JSON（技术备份，可重新导入）' })).toHaveAttribute('href', '/assessments/2018/rubric/export?format=json');
  await context.close();
});

test('the office opens the 2018 assessment: the rubric adds up, self-assessment starts and every unit is told', async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile('office') });
  const page = await context.newPage();
  await page.goto('/assessments/2018/rubric');
  await expect(page.getByTestId('rubric-ok')).toBeVisible();
  await expect(page.getByTestId('rubric-indicator')).toHaveCount(16);

  await page.goto('/assessments');
  await page.getByLabel('考核年度').fill('2018');
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await expect(page).toHaveURL(/\/assessments\/2018$/);
  await expect(page.getByTestId('stage').first()).toHaveText('草稿');
  await advance(page, /开始单位自评/, '单位自评');

  const active = scalar(`select count(*) from units where active = 1`);
  await expect(page.getByTestId('stat-units')).toHaveText(String(active));
  expect(scalar(`select count(*) from notices where kind = 'assessment_stage' and unit_id = ?`, unitId('fgw'))).toBe(1);
  await context.close();
});

test('fgw self-assesses in one form: a draft keeps every indicator typed, evidence is removed cleanly, then it submits', async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile('fgw') });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto('/notices');
  await expect(page.getByText('2018 年度考核已进入“单位自评”阶段。')).toBeVisible();

  await page.goto('/assessments/2018/self');
  const sections = page.getByTestId('self-indicator');
  await expect(sections).toHaveCount(16);
  await expectNoNestedForms(page);
  const section = (code: string) => page.locator(`[data-testid="self-indicator"][data-code="${code}"]`);
  const save = page.getByRole('button', { name: '保存草稿' });
  // Out of range: refused on the field, nothing stored, what was typed kept.
  const a1 = section('A1');
  await a1.getByLabel(/自评分/).fill('5');
  await section('A2').getByLabel('自评说明').fill('A2 草稿说明');
  await save.click();
  await expect(a1.getByText('分值须在 0 到 4 之间。')).toBeVisible();
  await expect(a1.getByLabel(/自评分/)).toHaveValue('5');
  await expect(section('A2').getByLabel('自评说明')).toHaveValue('A2 草稿说明');
  expect(scalar(`select count(*) from self_assessments`)).toBe(0);

  // Three indicators typed, one save: all three kept (reload shows them), with the evidence chosen.
  await a1.getByLabel(/自评分/).fill('4');
  await a1.getByLabel('自评说明').fill('A1 已按要求完成');
  await a1.locator('input[type="file"]').setInputFiles([
    { name: '述法报告.png', mimeType: 'image/png', buffer: PNG },
    { name: '传错的文件.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await section('A2').getByLabel(/自评分/).fill('3');
  await section('B1').getByLabel(/自评分/).fill('14');
  await section('B1').getByLabel('自评说明').fill('B1 一次迟报');
  await expect(page.getByTestId('self-unsaved')).toBeVisible();
  await save.click();
  await expect(page.getByText('自评草稿已保存。')).toBeVisible();
  await expect(page.getByTestId('self-unsaved')).toHaveCount(0);
  expect(scalar(`select count(*) from self_assessments`)).toBe(3);
  await page.reload();
  await expect(a1.getByLabel(/自评分/)).toHaveValue('4');
  await expect(section('A2').getByLabel(/自评分/)).toHaveValue('3');
  await expect(section('A2').getByLabel('自评说明')).toHaveValue('A2 草稿说明');
  await expect(section('B1').getByLabel(/自评分/)).toHaveValue('14');
  await expect(section('B1').getByLabel('自评说明')).toHaveValue('B1 一次迟报');
  await expect(page.getByTestId('self-progress')).toHaveText('已自评 3 / 16 项');
  await expect(a1.getByRole('link', { name: '述法报告.png' })).toBeVisible();

  // A file attached by mistake is removed (its own form, not nested in the sheet's), without a console error,
  // and what was typed meanwhile stays in the form.
  await section('A3').getByLabel(/自评分/).fill('2');
  page.once('dialog', (d) => d.accept());
  await a1.getByTestId('self-files').locator('li', { hasText: '传错的文件.png' }).getByRole('button', { name: '移除' }).click();
  await expect(a1.getByRole('link', { name: '传错的文件.png' })).toHaveCount(0);
  await expect(a1.getByRole('link', { name: '述法报告.png' })).toBeVisible();
  await expect(section('A3').getByLabel(/自评分/)).toHaveValue('2');
  // Removed from the self-assessment, kept on file (detached, as the audit trail needs).
  expect(scalar(`select count(*) from attachments where owner_type = 'self_assessment' and unit_id = ? and detached_at is null`, unitId('fgw'))).toBe(1);
  expect(scalar(`select count(*) from attachments where owner_type = 'self_assessment' and unit_id = ? and detached_at is not null`, unitId('fgw'))).toBe(1);

  // Leaving with unsaved changes asks first; staying keeps them.
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole('link', { name: '返回' }).click();
  await expect.poll(() => asked).toContain('尚未保存的修改');
  await expect(page).toHaveURL(/\/assessments\/2018\/self$/);
  await expect(section('A3').getByLabel(/自评分/)).toHaveValue('2');

  // Every indicator at full marks but one left blank: submitting is refused on that field, nothing written.
  const codes = await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
  for (const code of codes) {
    const s = section(code);
    const max = (await s.locator('label', { hasText: '自评分' }).textContent())!.match(/0–([\d.]+)/)![1]!;
    await s.getByLabel(/自评分/).fill(code === 'F1' ? '' : max);
    await s.getByLabel('自评说明').fill(`${code} 已按要求完成`);
  }
  const submit = page.getByRole('button', { name: '提交自评' });
  page.once('dialog', (d) => d.accept());
  await submit.click();
  await expect(section('F1').getByText('提交前须填写自评分。')).toBeVisible();
  await expect(section('E3').getByLabel(/自评分/)).toHaveValue('2');
  expect(scalar(`select count(*) from self_assessments`)).toBe(3);
  expect(scalar(`select self_status from assessment_units where unit_id = ?`, unitId('fgw'))).toBe('draft');

  await section('F1').getByLabel(/自评分/).fill('5');
  page.once('dialog', (d) => d.accept());
  await submit.click();
  await expect(page.getByTestId('self-locked')).toBeVisible();
  await expect(page.getByTestId('self-progress')).toHaveText('已自评 16 / 16 项');
  await expect(page.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '移除' })).toHaveCount(0);
  await expect(page.locator('main').locator('input, textarea')).toHaveCount(0);
  expect(scalar(`select self_status from assessment_units where unit_id = ?`, unitId('fgw'))).toBe('submitted');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('the office sees who submitted and returns fgw’s self-assessment with a comment; fgw revises and submits again', async ({ browser }) => {
  const office = await browser.newContext({ storageState: stateFile('office') });
  const op = await office.newPage();
  await op.goto('/assessments/2018');
  await expectNoNestedForms(op);
  await expect(op.getByTestId('assessed-unit').filter({ hasText: '市发改委' }).getByTestId('self-status')).toContainText('已提交');
  await expect(op.getByTestId('assessed-unit').filter({ hasText: '岳口镇' }).getByTestId('self-status')).toHaveText('未提交');
  await expect(op.getByTestId('stat-self')).toHaveText('1');

  await op.getByTestId('assessed-unit').filter({ hasText: '市发改委' }).getByRole('link', { name: '评分表' }).click();
  await expect(op).toHaveURL(/\/assessments\/2018\/units\/fgw$/);
  await expect(op.getByTestId('self-status')).toContainText('已提交');
  await expectNoNestedForms(op);
  await op.locator('summary', { hasText: '退回自评' }).click();
  const returnButton = op.locator('form').getByRole('button', { name: '退回自评' });
  op.once('dialog', (d) => d.accept());
  await returnButton.click();
  await expect(op.getByText('此项为必填项。')).toBeVisible();
  expect(scalar(`select self_status from assessment_units where unit_id = ?`, unitId('fgw'))).toBe('submitted');
  await op.getByLabel('退回意见').fill('B1 请补充报送台账');
  op.once('dialog', (d) => d.accept());
  await returnButton.click();
  await expect(op.getByTestId('self-status')).toHaveText('已退回');
  await office.close();

  const context = await browser.newContext({ storageState: stateFile('fgw') });
  const page = await context.newPage();
  await page.goto('/notices');
  await expect(page.getByText('法制办退回了本单位的 2018 年度考核自评')).toBeVisible();
  await page.goto('/assessments/2018/self');
  await expect(page.getByTestId('self-returned')).toBeVisible();
  await expect(page.getByText('退回意见：B1 请补充报送台账')).toBeVisible();
  const b1 = page.locator('[data-testid="self-indicator"][data-code="B1"]');
  await b1.getByLabel('自评说明').fill('B1 已按要求完成（台账见附件）');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '提交自评' }).click();
  await expect(page.getByTestId('self-locked')).toBeVisible();
  expect(scalar(`select explanation from self_assessments where indicator_code = 'B1'`)).toBe('B1 已按要求完成（台账见附件）');
  expect(scalar(`select self_status from assessment_units where unit_id = ?`, unitId('fgw'))).toBe('submitted');
  await context.close();
});

test('the assessor scores fgw and yuekou; bad input is refused on its field and nothing is saved', async ({ browser }) => {
  const office = await browser.newContext({ storageState: stateFile('office') });
  const op = await office.newPage();
  await op.goto('/assessments/2018');
  await advance(op, /开始考核评分/, '考核评分');
  await office.close();

  const context = await browser.newContext({ storageState: stateFile('assessor') });
  const page = await context.newPage();
  await page.goto('/assessments');
  await page.getByRole('link', { name: '评分' }).click();
  await expect(page).toHaveURL(/\/assessments\/2018$/);
  await page.getByTestId('assessed-unit').filter({ hasText: '市发改委' }).getByRole('link', { name: '评分表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('市发改委');
  // The unit's self-assessment is shown beside each indicator.
  await expect(page.getByTestId('sheet-indicator').filter({ has: page.getByText('A1 已按要求完成') })).toHaveCount(1);

  const v = sheetVersion('fgw');
  await fillSheet(page, { 'ind.A1.value': '3.5', 'ind.A2.n': '-1', 'ind.D2.rate': '120' });
  await page.getByRole('button', { name: '保存评分表' }).click();
  await expect(page.getByText('评定分须说明理由。')).toBeVisible();
  await expect(page.getByText('扣分次数不能为负数。')).toBeVisible();
  await expect(page.getByText('比率按百分比填写，须在 0 到 100 之间（如 85 表示 85%）。')).toBeVisible();
  await expect(page.locator('[name="ind.A1.value"]')).toHaveValue('3.5');
  expect(sheetVersion('fgw')).toBe(v);

  // A 3.5+1.5+3, B 12+10+5, C 5+4+5, D 5+8.5+4, E 4+4+2, F 4 = 80.5, bonus G1 2 → 82.50.
  // Rates are typed as percentages: 85 is 85%.
  await fillSheet(page, {
    'ind.A1.value': '3.5',
    'ind.A1.reason': '述法报告完整',
    'ind.A2.n': '1',
    'ind.A2.reason': '年度报告未向社会公开',
    'ind.B1.rate': '80',
    'ind.B1.reason': '按核实的报送台账调整',
    'ind.B2.rate': '50',
    'ind.B2.reason': '按审核通过的完成情况调整',
    'ind.C2.n': '1',
    'ind.C2.reason': '1件规范性文件未按时备案',
    'ind.D2.rate': '85',
    'ind.D3.value': '4',
    'ind.D3.reason': '执法公示和全过程记录落实',
    'ind.E2.rate': '100',
    'ind.F1.n': '2',
    'ind.F1.reason': '2人次未参加执法资格考试',
    'bonus.G1.count': '1',
    'bonus.G1.reason': '经验做法被省司法厅推广',
  });
  await page.getByRole('button', { name: '保存评分表' }).click();
  await expect(page.getByText('评分表已保存。').first()).toBeVisible();
  await expect(page.getByTestId('sheet-total')).toHaveText('82.50');
  expect(sheetVersion('fgw')).toBe(v + 1);
  // The rate reads back as typed, 85 with its % sign, and earns 85% of D2's 10 points.
  const d2 = page.locator('[data-testid="sheet-indicator"][data-code="D2"]');
  await expect(d2.locator('[name="ind.D2.rate"]')).toHaveValue('85');
  await expect(d2).toContainText('%');
  await expect(d2.getByTestId('sheet-earned')).toHaveText('8.50');
  expect(scalar(`select json_extract(inputs, '$.D2.rate') from assessment_units where unit_id = ?`, unitId('fgw'))).toBe(0.85);

  await page.goto('/assessments/2018/units/yuekou');
  await fillSheet(page, {
    'ind.A1.value': '4',
    'ind.A1.reason': '主要负责人履职到位',
    'ind.B1.rate': '100',
    'ind.B1.reason': '全部按时报送',
    'ind.B2.rate': '100',
    'ind.B2.reason': '全部完成',
    'ind.D2.rate': '100',
    'ind.D3.value': '5',
    'ind.D3.reason': '三项制度全面落实',
    'ind.E2.rate': '100',
  });
  await page.getByRole('button', { name: '保存评分表' }).click();
  await expect(page.getByText('评分表已保存。').first()).toBeVisible();
  await expect(page.getByTestId('sheet-total')).toHaveText('100.00');
  await context.close();
});

test('a second assessor saving an older sheet is told, sees the saved values and keeps what they typed', async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile('assessor') });
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/assessments/2018/units/yuekou');
  await second.goto('/assessments/2018/units/yuekou');
  await fillSheet(first, { 'ind.E3.n': '1', 'ind.E3.reason': '1件答复被复议纠错' });
  await first.getByRole('button', { name: '保存评分表' }).click();
  await expect(first.getByTestId('sheet-total')).toHaveText('99.00');
  const v = sheetVersion('yuekou');

  await fillSheet(second, { 'ind.E3.n': '2', 'ind.E3.reason': '2件答复被纠错' });
  await second.getByRole('button', { name: '保存评分表' }).click();
  await expect(second.getByText('该记录已被他人修改，请查看最新内容后再保存。')).toBeVisible();
  await expect(second.locator('[name="ind.E3.n"]')).toHaveValue('2');
  await expect(second.getByTestId('current-value').first()).toContainText('当前保存值：1');
  expect(sheetVersion('yuekou')).toBe(v);
  // Put yuekou back to full marks for the ranking below (a deliberate save on the refreshed version).
  await fillSheet(second, { 'ind.E3.n': '0', 'ind.E3.reason': '' });
  await second.getByRole('button', { name: '保存评分表' }).click();
  await expect(second.getByTestId('sheet-total')).toHaveText('100.00');
  await context.close();
});

test('the office reviews and publishes; the ranking is per group', async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile('office') });
  const page = await context.newPage();
  await page.goto('/assessments/2018');
  await advance(page, /进入结果审核/, '结果审核');
  await page.getByRole('button', { name: '发布考核结果' }).click();
  await expect(page.getByText(/尚未完成评分，将不参加排名。如仍要发布，请勾选确认。/)).toBeVisible();
  await page.getByLabel(/仍然发布/).check();
  await page.getByRole('button', { name: '发布考核结果' }).click();
  await expect(page.getByTestId('stage').first()).toHaveText('已发布');

  await page.goto('/assessments/2018/results');
  const fgw = page.getByTestId('result-row').filter({ hasText: '市发改委' });
  await expect(fgw.getByTestId('result-rank')).toHaveText('1');
  await expect(fgw.getByTestId('result-total')).toHaveText('82.50');
  await expect(fgw.getByTestId('grade')).toHaveText('良好');
  const yuekou = page.getByTestId('result-row').filter({ hasText: '岳口镇' });
  await expect(yuekou).toHaveAttribute('data-group', 'township');
  await expect(yuekou.getByTestId('result-total')).toHaveText('100.00');
  // One ranked township: a 20% quota admits floor(0.2) = 0 units to 优秀, so 100 points grade 良好.
  await expect(yuekou.getByTestId('grade')).toHaveText('良好');
  await expect(yuekou).toContainText('超出优秀比例，由优秀调整');
  expect(scalar(`select count(*) from notices where kind = 'assessment_stage' and unit_id = ?`, unitId('fgw'))).toBe(2);
  await context.close();
});

test.describe('after publication', () => {
  test.use({ storageState: stateFile('fgw') });

  test('fgw sees its rank and sheet with every deduction and its reason, and cannot change it', async ({ page }) => {
    await page.goto('/assessments');
    await page.getByRole('link', { name: '本单位考核结果' }).click();
    await expect(page).toHaveURL(/\/assessments\/2018\/units\/fgw$/);
    await expect(page.getByTestId('sheet-rank')).toHaveText('第 1 名');
    await expect(page.getByTestId('sheet-total')).toHaveText('82.50');
    await expect(page.getByTestId('sheet-summary').getByTestId('grade')).toHaveText('良好');
    await expect(page.locator('[data-testid="sheet-indicator"][data-code="D2"]')).toContainText('85%');
    await expect(page.getByText('年度报告未向社会公开')).toBeVisible();
    await expect(page.getByText('2人次未参加执法资格考试')).toBeVisible();
    await expect(page.getByText('考核结果已发布，评分表已锁定。')).toBeVisible();
    await expect(page.getByTestId('score-sheet-form')).toHaveCount(0);
    await expect(page.locator('main').locator('input, textarea')).toHaveCount(0);

    await page.goto('/assessments/2018/self');
    await expect(page.getByText('自评阶段已结束')).toBeVisible();
    await expect(page.getByRole('button', { name: '保存草稿' })).toHaveCount(0);

    await page.goto('/assessments/2018/results');
    await expect(page.getByTestId('result-row').filter({ hasText: '市发改委' })).toContainText('本单位');
    // Only its own row opens a sheet.
    await expect(page.getByTestId('result-row').filter({ hasText: '岳口镇' }).getByRole('link')).toHaveCount(0);
  });

  test('fgw opening yuekou’s sheet gets 403, audited', async ({ page, allowConsoleError }) => {
    allowConsoleError(FORBIDDEN);
    const denied = scalar(`select count(*) from audit_log where result = 'denied' and object_type = 'score_sheet'`);
    const response = await page.goto('/assessments/2018/units/yuekou');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
    await expect(page.getByTestId('sheet-total')).toHaveCount(0);
    expect(scalar(`select count(*) from audit_log where result = 'denied' and object_type = 'score_sheet'`)).toBe(denied + 1);
    // Not by another year or an unknown code either.
    expect((await page.goto('/assessments/2017/units/yuekou'))?.status()).toBe(403);
  });

  test('the .xlsx 通报 downloads with both groups', async ({ page }) => {
    await page.goto('/assessments/2018/bulletin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2018年度法治政府建设考核结果通报');
    await expect(page.getByTestId('bulletin-group')).toHaveCount(2);
    // Units not scored are listed under their group, each with why.
    const cityGroup = page.locator('[data-testid="bulletin-group"][data-group="city"]');
    await expect(cityGroup.getByTestId('bulletin-row')).toHaveCount(1);
    await expect(cityGroup.getByTestId('bulletin-unscored-reason')).toHaveCount(1);
    await expect(cityGroup.getByTestId('bulletin-unscored-reason')).toContainText(/^评分表未填写（\d+ 个）：市政府法制办、市政府办公室、市经信委、市教育局、/);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下载 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('2018年度法治政府建设考核结果通报.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
    // Row 1 is the title (merged across the four columns), row 2 the headers, then one row per ranked unit.
    const sheet = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const rows = ws.getSheetValues().slice(2).filter(Boolean).map((r) => (r as unknown[]).slice(1));
      return { title: ws.getCell('A1').value, rows };
    };
    expect(wb.worksheets.map((w) => w.name)).toEqual(['市直单位', '乡镇办场园']);
    // The ranked units first, then every unit not scored, with why: none is silently left out.
    const city = sheet('市直单位');
    expect(city.title).toBe('2018年度法治政府建设考核结果（市直单位）');
    expect(city.rows.slice(0, 2)).toEqual([
      ['排名', '单位', '得分', '等次', '备注'],
      [1, '市发改委', 82.5, '良好', ''],
    ]);
    expect(city.rows).toContainEqual([undefined, '市教育局', undefined, '未评分', '评分表未填写']);
    const cityUnits = scalar(`select count(*) from assessment_units au join assessments a on a.id = au.assessment_id where a.year = 2018 and au."group" = 'city'`);
    expect(city.rows).toHaveLength(1 + cityUnits);
    const township = sheet('乡镇办场园');
    expect(township.title).toBe('2018年度法治政府建设考核结果（乡镇办场园）');
    expect(township.rows[1]).toEqual([1, '岳口镇', 100, '良好', '']);
  });
});

test('every unit reads the stage notices in its own language (and leaves none unread for the specs that follow)', async ({ browser }) => {
  for (const account of ['fgw', 'yuekou', 'jyj'] as const) {
    const context = await browser.newContext({ storageState: stateFile(account) });
    const page = await context.newPage();
    await page.goto('/notices');
    await expect(page.getByText('2018 年度考核已进入“已发布”阶段。')).toBeVisible();
    await expect(page.getByText('2018 年度考核已进入“单位自评”阶段。')).toBeVisible();
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await expect(page.getByTestId('notice-count')).toHaveCount(0);
    await context.close();
  }
  expect(scalar(`select count(*) from notices where kind = 'assessment_stage' and read_at is null and unit_id in (select id from units where code in ('fgw', 'yuekou', 'jyj'))`)).toBe(0);
});
