import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { litigationCases } from '@/db/schema';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { applyLitigationImportAction, previewLitigationImportAction } from './actions';
import { registerImport } from './core/import';
import { documents } from './documents';
import { litigation } from './litigation';
import { reconsideration } from './reconsideration';

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  rows.forEach((values, r) => values.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function cells(definition: ReturnType<typeof registerImport>, rows: ExcelJS.CellValue[][]) {
  const result = await definition.read(await workbook(rows));
  if (!result.ok) throw new Error(result.problem);
  return result.rows.map((r) => r.cells);
}

// Offices' own sheets, headed the way they head them: every header below is a synonym, not the app's label.
describe('register imports read the headers offices use', () => {
  it('行政应诉: 案件编号, 被告单位, 立案时间, 庭审日期, 行政机关负责人出庭, 出庭领导, 判决结果', async () => {
    const rows = await cells(registerImport(litigation), [
      ['2018年行政应诉案件登记表'],
      ['序号', '案件编号', '被告单位', '受理法院', '立案时间', '庭审日期', '行政机关负责人出庭', '出庭领导', '出庭领导职务', '裁判日期', '判决结果'],
      [1, '（2018）鄂9006行初3号', '市公安局', '天门市人民法院', '2018-03-01', '2018年5月10日', '是', '刘志刚', '副局长', '2018/6/20', '胜诉'],
    ]);
    expect(rows).toMatchObject([
      {
        caseNumber: '（2018）鄂9006行初3号',
        unit: '市公安局',
        court: '天门市人民法院',
        filedOn: '2018-03-01',
        hearingOn: '2018-05-10',
        leaderAppeared: true,
        leaderName: '刘志刚',
        leaderPost: '副局长',
        closedOn: '2018-06-20',
        outcome: '胜诉',
      },
    ]);
  });

  it('行政复议: 被申请单位, 收案日期, 复议事项, 是否受理, 结案日期, 处理结果', async () => {
    const rows = await cells(registerImport(reconsideration), [
      ['被申请单位', '收案日期', '复议事项', '是否受理', '结案日期', '处理结果', '申请人姓名'],
      ['市人社局', '2018-02-03', '不服工伤认定决定', '是', '2018-03-20', '撤销', '张某某'],
    ]);
    expect(rows[0]).toMatchObject({ unit: '市人社局', receivedOn: '2018-02-03', matter: '不服工伤认定决定', accepted: true, closedOn: '2018-03-20', outcome: '撤销', applicant: '张某某' });
  });

  it('规范性文件: 发文字号, 文件名称, 制定单位, 印发日期, 报备日期, 报备机关', async () => {
    const rows = await cells(registerImport(documents), [
      ['发文字号', '文件名称', '制定单位', '印发日期', '报备日期', '报备机关'],
      ['天教规[2018]1号', '天门市教育局关于规范中小学校招生入学工作的通知', '天门市教育局', '2018-03-26', '2018-04-21', '天门市人民政府'],
    ]);
    expect(rows[0]).toMatchObject({ docNumber: '天教规[2018]1号', title: '天门市教育局关于规范中小学校招生入学工作的通知', unit: '天门市教育局', publishedOn: '2018-03-26', filedOn: '2018-04-21', filingBody: '天门市人民政府' });
  });

  it('refuses a sheet without the register’s required columns', async () => {
    const result = await registerImport(litigation).read(await workbook([['案号', '法院'], ['（2018）鄂9006行初3号', '天门市人民法院']]));
    expect(result).toEqual({ ok: false, problem: 'noHeader' });
  });
});

describe('a register import, applied', () => {
  const HEAD = ['案号', '被告', '法院', '立案日期', '开庭日期'];
  async function preview(rows: ExcelJS.CellValue[][]) {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(await workbook([HEAD, ...rows]))], '应诉.xlsx'));
    signInAs(testUser('office'));
    const result = await run(previewLitigationImportAction, form);
    const jobId = Number(/\/import\/(\d+)$/.exec(result.redirect ?? '')?.[1]);
    expect(jobId, JSON.stringify(result)).toBeGreaterThan(0);
    return jobId;
  }
  const cases = () => db.select().from(litigationCases).all();

  it('creates, then matches a re-imported case by its 案号 even when a corrected date moves it to another year', async () => {
    const first = await preview([
      ['（2019）鄂9006行初301号', '市公安局', '天门市人民法院', '2019-12-20', ''],
      ['（2019）鄂9006行初302号', '市公安局', '天门市人民法院', '2019-06-01', '2019-07-01'],
    ]);
    expect(await run(applyLitigationImportAction, { jobId: String(first) })).toMatchObject({ ok: true });
    expect(cases().map((c) => [c.caseNumber, c.year])).toEqual([
      ['（2019）鄂9006行初301号', 2019],
      ['（2019）鄂9006行初302号', 2019],
    ]);

    // The first case was in fact filed on 5 January 2020: the same record, now counted in 2020.
    const second = await preview([
      ['（2019）鄂9006行初301号', '市公安局', '天门市人民法院', '2020-01-05', ''],
      ['（2019）鄂9006行初302号', '市公安局', '天门市人民法院', '2019-06-01', '2019-07-01'],
    ]);
    expect(await run(applyLitigationImportAction, { jobId: String(second) })).toMatchObject({ ok: true });
    expect(db.select({ n: count() }).from(litigationCases).get()!.n).toBe(2);
    expect(db.select().from(litigationCases).where(eq(litigationCases.caseNumber, '（2019）鄂9006行初301号')).get()).toMatchObject({ year: 2020, filedOn: '2020-01-05', version: 2 });
    expect(db.select().from(litigationCases).where(eq(litigationCases.caseNumber, '（2019）鄂9006行初302号')).get()).toMatchObject({ version: 1 });
  });
});
