import { type Page } from '@playwright/test';
import { expect, FORBIDDEN, test } from './fixtures';
import ExcelJS from 'exceljs';
import { scalar, stateFile } from './helpers';

// Everything here is in 2019: the demo registers hold 2018, so the figures below are this spec's own.
const HEADERS = ['序号', '案号', '被告', '法院', '立案日期', '案由', '开庭日期', '负责人出庭', '出庭负责人', '出庭负责人职务', '结案日期', '结果'];

/**
 * A 行政应诉 sheet as an office keeps it: a title row, then 30 cases. 市水务局 (written short) had 20
 * hearings with a leader at 15 (75 %); 天门市农业局 (written in full) 8 hearings of 10 cases, a leader at
 * every one. `badRow` puts one hearing before its filing.
 */
async function litigationSheet(badRow?: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('行政应诉');
  ws.addRow(['2019年行政应诉案件登记表']);
  ws.addRow(HEADERS);
  for (let i = 0; i < 30; i++) {
    const water = i < 20;
    const month = String(1 + (i % 9)).padStart(2, '0');
    const heard = water || i < 28;
    const appeared = water ? i < 15 : heard;
    const hearing = badRow === i ? `2019-${month}-01` : `2019-${String(2 + (i % 9)).padStart(2, '0')}-15`;
    ws.addRow([
      i + 1,
      `（2019）鄂9006行初${101 + i}号`,
      water ? '市水务局' : '天门市农业局',
      '天门市人民法院',
      `2019-${month}-10`,
      water ? '水行政处罚纠纷' : '农业行政处罚纠纷',
      heard ? hearing : '',
      appeared ? '是' : '否',
      appeared ? (water ? '孙国强' : '曾红梅') : '',
      appeared ? '副局长' : '',
      '',
      '',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto('/registers/litigation/import');
  await page.getByLabel(/台账文件/).setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('button', { name: '上传并预览' }).click();
  await page.waitForURL(/\/registers\/litigation\/import\/\d+$/);
}

test.describe('registers', () => {
  test.describe('the office', () => {
    test.use({ storageState: stateFile('office') });

    test('imports a 30-row 行政应诉 sheet: the bad row stops it, the fixed sheet applies, and the overview shows the 出庭应诉率', async ({ page }) => {
      await upload(page, '应诉台账.xlsx', await litigationSheet(5));
      const summary = page.getByTestId('import-summary');
      await expect(summary).toContainText('新建 29');
      await expect(summary).toContainText('错误 1');
      await expect(page.locator('[data-testid="import-row"][data-action="error"]')).toContainText('开庭日期不能早于立案日期');
      await expect(page.getByText('存在错误，不能应用。')).toBeVisible();
      await expect(page.getByRole('button', { name: '应用导入' })).toHaveCount(0);
      expect(scalar("select count(*) from litigation_cases where year = 2019")).toBe(0);

      await upload(page, '应诉台账（改）.xlsx', await litigationSheet());
      await expect(page.getByTestId('import-summary')).toContainText('新建 30');
      await expect(page.getByTestId('import-summary')).toContainText('错误 0');
      await page.getByRole('button', { name: '应用导入' }).click();
      await expect(page.getByText(/该导入已于/)).toBeVisible();
      expect(scalar("select count(*) from litigation_cases where year = 2019 and status = 'active'")).toBe(30);

      // City: 23 leaders at 28 hearings = 82.1 %; by unit 75 % and 100 %.
      await page.goto('/registers?year=2019&by=litigation');
      const litigation = page.locator('[data-testid="figure-strip"][data-register="litigation"]');
      await expect(litigation.getByTestId('rate-appearanceRate')).toContainText('82.1%');
      await expect(litigation.getByTestId('figure-hearings')).toContainText('28');
      await expect(page.locator('[data-testid="unit-figures"] tr[data-unit="shuiwj"]')).toContainText('75%');
      await expect(page.locator('[data-testid="unit-figures"] tr[data-unit="nyj"]')).toContainText('100%');
    });

    test('the dashboard marks the units under the 出庭 line and drills down to the same records', async ({ page }) => {
      // The demo's 2018 cases: counted here from the database, then read off the panel.
      const byUnit = (code: string, what: 'hearings' | 'appeared') =>
        scalar(
          `select count(*) from litigation_cases l join units u on u.id = l.unit_id where u.code = ? and l.status = 'active' and l.hearing_on like '2018-%'${what === 'appeared' ? ' and l.leader_appeared = 1' : ''}`,
          code,
        );
      const hearings = byUnit('cgw', 'hearings');
      const appeared = byUnit('cgw', 'appeared');
      expect(appeared / hearings).toBeLessThan(0.8);
      await page.goto('/dashboard?year=2018');
      const panel = page.getByTestId('dashboard-registers');
      const city = scalar("select count(*) from litigation_cases where status = 'active' and hearing_on like '2018-%'");
      await expect(panel.getByTestId('dashboard-figure-litigation-hearings')).toContainText(String(city));
      const cgw = panel.locator('tr[data-unit="cgw"]');
      await expect(cgw).toHaveAttribute('data-below', 'true');
      await expect(cgw).toContainText('低于80%');
      await expect(cgw).toContainText(`${Math.round((appeared / hearings) * 1000) / 10}%`);
      await expect(panel.locator('tr[data-unit="gtj"]')).not.toHaveAttribute('data-below', 'true');
      await cgw.getByRole('link', { name: String(appeared), exact: true }).click();
      await page.waitForURL(/\/registers\/litigation\?.*figure=appeared/);
      await expect(page.getByTestId('record-row')).toHaveCount(appeared);
      for (const row of await page.getByTestId('record-row').all()) await expect(row).toContainText('市城管执法委');
    });
  });

  test.describe('a unit', () => {
    test.describe('jyj', () => {
      test.use({ storageState: stateFile('jyj') });

      test('adds a 规范性文件 filed after the 30-day period and sees it counted as late', async ({ page }) => {
        await page.goto('/registers/documents/new');
        // A rule names its field: filed before published.
        await page.getByLabel('文号').fill('天教规[2019]7号');
        await page.getByRole('textbox', { name: '标题', exact: true }).fill('天门市教育局关于规范课后服务工作的通知');
        await page.getByLabel('合法性审查日期').fill('2019-02-20');
        await page.getByLabel('审查结果').selectOption({ label: '通过' });
        await page.getByLabel('公布日期').fill('2019-03-01');
        await page.getByLabel('报送备案日期').fill('2019-02-25');
        await page.getByLabel('备案机关').fill('天门市人民政府');
        await page.getByRole('button', { name: '保存' }).click();
        await expect(page.locator('#filedOn-error')).not.toBeEmpty();
        expect(scalar("select count(*) from normative_documents where title like '%课后服务%'")).toBe(0);

        await page.getByLabel('报送备案日期').fill('2019-04-15');
        await page.getByRole('button', { name: '保存' }).click();
        await page.waitForURL(/\/registers\/documents\/\d+\?saved=1$/);
        // Stored with the usual brackets, and late: 45 days after publication.
        await expect(page.getByRole('heading', { name: /天教规〔2019〕7号/ })).toBeVisible();
        await expect(page.getByTestId('record-flag')).toHaveText('逾期报备');

        await page.goto('/registers/documents?year=2019');
        await expect(page.getByTestId('figure-filingDue')).toContainText('1');
        await expect(page.getByTestId('figure-filedOnTime')).toContainText('0');
        await expect(page.getByTestId('rate-filingOnTimeRate')).toContainText('0%');
        await expect(page.getByTestId('record-row')).toHaveCount(1);
      });
    });

    test.describe('fgw', () => {
      test.use({ storageState: stateFile('fgw') });

      test('cannot open another unit’s document, sees none of them listed, and the refusal is audited', async ({ page, allowConsoleError }) => {
        allowConsoleError(FORBIDDEN);
        const id = scalar("select d.id from normative_documents d join units u on u.id = d.unit_id where u.code = 'jyj' order by d.id limit 1");
        const response = await page.goto(`/registers/documents/${id}`);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
        expect(scalar("select count(*) from audit_log where action = 'access.denied' and object_type like 'register%' and object_id = ?", String(id))).toBeGreaterThan(0);
        await page.goto('/registers/documents?year=2018&q=天教规');
        await expect(page.getByText('没有符合条件的记录。')).toBeVisible();
        await expect(page.getByTestId('record-row')).toHaveCount(0);
      });
    });
  });
});
