import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflatedSize } from '@/lib/xlsx/guard';
import { buildAssignmentTable, EN_HEADERS, parseAssignmentTable, type ExportRow, type ParsedRow } from './assignment-table';

type CellInput = ExcelJS.CellValue;

interface SheetSpec {
  name?: string;
  rows: CellInput[][];
  merges?: string[];
  /** Extra per-cell setup, e.g. a number format. */
  setup?: (ws: ExcelJS.Worksheet) => void;
}

async function workbook(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(sheet.name ?? `Sheet${i + 1}`);
    sheet.rows.forEach((values, r) => {
      values.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    sheet.setup?.(ws);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function parseRows(data: Uint8Array): Promise<ParsedRow[]> {
  const result = await parseAssignmentTable(data);
  if (!result.ok) throw new Error(`parse failed: ${result.problem}`);
  return result.rows;
}

/** The fields a test usually cares about, in a compact form. */
const brief = (r: ParsedRow) => [r.rowNumber, r.taskNo, r.code, r.title, r.lead, r.cooperating];

const ZH_HEADER = ['序号', '任务', '措施', '牵头单位', '配合单位', '完成时限'];

describe('parseAssignmentTable: layouts', () => {
  it('reads a task cell merged down over its measures, with one title row', async () => {
    const data = await workbook({
      rows: [
        ['天门市法治政府建设实施方案分工'],
        ZH_HEADER,
        ['1.1', '一、依法全面履行政府职能', '深化行政审批制度改革', '市编办', '市发改委', '2018年底前'],
        ['1.2', null, '大力推行权力清单制度', '市编办', '市政府法制办', '长期坚持'],
        ['1.3', null, '优化政府组织结构', '市编办', null, null],
        ['2.1', '二、完善依法行政制度体系', '加强政府立法', '市政府法制办', '市司法局', '2019-06-30'],
      ],
      merges: ['A1:F1', 'B3:B5'],
    });
    const result = await parseAssignmentTable(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headerRow).toBe(2);
    expect(result.sheetName).toBe('Sheet1');
    expect(result.rows).toEqual([
      {
        rowNumber: 3,
        taskNo: 1,
        taskTitle: '依法全面履行政府职能',
        code: '1.1',
        title: '深化行政审批制度改革',
        lead: ['市编办'],
        cooperating: ['市发改委'],
        timeframe: '2018年底前',
        dueDate: null,
      },
      {
        rowNumber: 4,
        taskNo: 1,
        taskTitle: '依法全面履行政府职能',
        code: '1.2',
        title: '大力推行权力清单制度',
        lead: ['市编办'],
        cooperating: ['市政府法制办'],
        timeframe: '长期坚持',
        dueDate: null,
      },
      {
        rowNumber: 5,
        taskNo: 1,
        taskTitle: '依法全面履行政府职能',
        code: '1.3',
        title: '优化政府组织结构',
        lead: ['市编办'],
        cooperating: [],
        timeframe: null,
        dueDate: null,
      },
      {
        rowNumber: 6,
        taskNo: 2,
        taskTitle: '完善依法行政制度体系',
        code: '2.1',
        title: '加强政府立法',
        lead: ['市政府法制办'],
        cooperating: ['市司法局'],
        timeframe: '2019-06-30',
        dueDate: '2019-06-30',
      },
    ]);
  });

  it('accepts two title rows above the header and fills unmerged blank task cells down', async () => {
    const data = await workbook({
      rows: [
        ['天门市人民政府办公室文件'],
        ['法治政府建设实施方案任务分工表'],
        ZH_HEADER,
        ['1.1', '任务1 依法全面履行政府职能', '深化行政审批制度改革', '市编办', null, null],
        ['1.2', null, '推行权力清单', '市编办', null, null],
        ['2.1', '（二）完善依法行政制度体系', '加强政府立法', '市政府法制办', null, null],
      ],
      merges: ['A1:F1', 'A2:F2'],
    });
    const result = await parseAssignmentTable(data);
    expect(result.ok && result.headerRow).toBe(3);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.rowNumber, r.taskNo, r.taskTitle, r.code])).toEqual([
      [4, 1, '依法全面履行政府职能', '1.1'],
      [5, 1, '依法全面履行政府职能', '1.2'],
      [6, 2, '完善依法行政制度体系', '2.1'],
    ]);
  });

  it('splits units on mixed separators and strips annotations', async () => {
    const data = await workbook({
      rows: [
        ZH_HEADER,
        ['1.1', '一、任务', '措施甲', '市编办（牵头）、市发改委', '市财政局，市人社局,市公安局;市司法局；市审计局\n市统计局 / 市民政局', null],
        ['1.2', null, '措施乙', '市政府法制办(牵头)', '市财政局\u3000市审计局  市统计局 、 、', null],
        ['1.3', null, '措施丙', '市发改委', '各乡镇（街道、开发区）、市财政局等', null],
      ],
      merges: ['B2:B4'],
    });
    const rows = await parseRows(data);
    expect(rows.map((r) => [r.lead, r.cooperating])).toEqual([
      [
        ['市编办', '市发改委'],
        ['市财政局', '市人社局', '市公安局', '市司法局', '市审计局', '市统计局', '市民政局'],
      ],
      [['市政府法制办'], ['市财政局', '市审计局', '市统计局']],
      [['市发改委'], ['各乡镇（街道、开发区）', '市财政局']],
    ]);
  });

  it('reads a 责任单位-only table: annotated 牵头 units lead, else the first unit leads', async () => {
    const data = await workbook({
      rows: [
        ['序号', '重点任务', '具体措施', '责任单位', '完成时间'],
        [1, '一、依法全面履行政府职能', '深化行政审批制度改革', '市编办、市发改委、市政务服务中心', '2018年'],
        [2, null, '推行权力清单', '市财政局、市政府法制办（牵头）、市编办(牵头)', null],
        [3, null, '优化组织结构', '市人社局牵头，市编办配合', null],
        [1, '二、完善制度体系', '加强政府立法', '牵头：市政府法制办、市司法局；配合：市人大常委会法工委', null],
      ],
      merges: ['B2:B4'],
    });
    const rows = await parseRows(data);
    expect(rows.map((r) => [r.code, r.lead, r.cooperating, r.timeframe])).toEqual([
      ['1.1', ['市编办'], ['市发改委', '市政务服务中心'], '2018年'],
      ['1.2', ['市政府法制办', '市编办'], ['市财政局'], null],
      ['1.3', ['市人社局'], ['市编办'], null],
      ['2.1', ['市政府法制办', '市司法局'], ['市人大常委会法工委'], null],
    ]);
  });

  it('reads 责任单位 as cooperating units when there is a lead column but no 配合单位 column', async () => {
    const data = await workbook({
      rows: [
        ['编号', '主要任务', '工作措施', '牵头部门', '责任单位', '时限要求'],
        ['3.1', '三、推进科学民主决策', '健全决策机制', '市政府办公室', '市政府法制办、市司法局', '2018年6月'],
      ],
    });
    const rows = await parseRows(data);
    expect(rows.map(brief)).toEqual([[2, 3, '3.1', '健全决策机制', ['市政府办公室'], ['市政府法制办', '市司法局']]]);
  });

  it('reads English headers case-insensitively', async () => {
    const data = await workbook({
      rows: [
        ['Plan assignments'],
        ['NO.', 'TASK', 'measure', 'Lead Units', 'cooperating units', 'DUE'],
        ['1.1', '1. Perform government functions', 'Deepen reform', 'FGW', 'BB; CZJ', '2018/6/30'],
        ['1.2', null, 'Publish power lists', 'Development Bureau', null, null],
      ],
      merges: ['B3:B4'],
    });
    const result = await parseAssignmentTable(data);
    expect(result.ok && result.headerRow).toBe(2);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.taskNo, r.taskTitle, r.code, r.title, r.lead, r.cooperating, r.dueDate])).toEqual([
      [1, 'Perform government functions', '1.1', 'Deepen reform', ['FGW'], ['BB', 'CZJ'], '2018-06-30'],
      [1, 'Perform government functions', '1.2', 'Publish power lists', ['Development Bureau'], [], null],
    ]);
  });

  it('reads a two-row header with 责任单位 spanning 牵头单位 and 配合单位', async () => {
    const data = await workbook({
      rows: [
        ['序号', '任务', '措施', '责任单位', null, '完成时限'],
        [null, null, null, '牵头单位', '配合单位', null],
        ['1.1', '一、任务', '措施甲', '市编办', '市发改委', null],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2'],
    });
    const result = await parseAssignmentTable(data);
    expect(result.ok && result.headerRow).toBe(2);
    if (!result.ok) return;
    expect(result.rows.map(brief)).toEqual([[3, 1, '1.1', '措施甲', ['市编办'], ['市发改委']]]);
  });

  it('takes task headings merged across the row when there is no task column', async () => {
    const data = await workbook({
      rows: [
        ['序号', '措施', '牵头单位', '配合单位'],
        ['一、依法全面履行政府职能'],
        [1, '深化行政审批制度改革', '市编办', null],
        [2, '推行权力清单', '市编办', null],
        ['（二）完善依法行政制度体系'],
        [1, '加强政府立法', '市政府法制办', null],
        ['注：各单位于每年12月底前报送进展情况。'],
      ],
      merges: ['A2:D2', 'A5:D5', 'A7:D7'],
    });
    const rows = await parseRows(data);
    expect(rows.map((r) => [r.rowNumber, r.taskNo, r.taskTitle, r.code, r.title])).toEqual([
      [3, 1, '依法全面履行政府职能', '1.1', '深化行政审批制度改革'],
      [4, 1, '依法全面履行政府职能', '1.2', '推行权力清单'],
      [6, 2, '完善依法行政制度体系', '2.1', '加强政府立法'],
    ]);
  });

  it('uses the first worksheet with a header, skipping empty and cover sheets', async () => {
    const data = await workbook(
      { name: '空白', rows: [] },
      { name: '说明', rows: [['本表由市政府法制办编制']] },
      { name: '分工', rows: [ZH_HEADER, ['1.1', '一、任务', '措施甲', '市编办', null, null]] },
    );
    const result = await parseAssignmentTable(data);
    expect(result.ok && [result.sheetName, result.headerRow, result.rows.length]).toEqual(['分工', 1, 1]);
  });
});

describe('parseAssignmentTable: task numbers', () => {
  it.each([
    ['一、依法全面履行政府职能', 1, '依法全面履行政府职能'],
    ['二．完善制度', 2, '完善制度'],
    ['十二 加强监督', 12, '加强监督'],
    ['二十三、其他', 23, '其他'],
    ['任务一：依法行政', 1, '依法行政'],
    ['任务2 依法行政', 2, '依法行政'],
    ['3. 依法行政', 3, '依法行政'],
    ['4、依法行政', 4, '依法行政'],
    ['（四）依法行政', 4, '依法行政'],
    ['(5)依法行政', 5, '依法行政'],
    ['第六项 依法行政', 6, '依法行政'],
    ['依法行政', null, '依法行政'],
    ['十分重要的任务', null, '十分重要的任务'],
  ])('%s → %s', async (cell, no, title) => {
    const data = await workbook({ rows: [ZH_HEADER, ['9.9', cell, '措施', '市编办', null, null]] });
    const [row] = await parseRows(data);
    expect([row!.taskNo, row!.taskTitle]).toEqual([no, title]);
  });
});

describe('parseAssignmentTable: codes and values', () => {
  it('takes codes from the 序号 column, from the start of the measure text, or derives them', async () => {
    const data = await workbook({
      rows: [
        ZH_HEADER,
        ['１.２', '一、任务', '措施甲', '市编办', null, null],
        [null, '二、任务', '2.1 措施乙', '市编办', null, null],
        [null, null, '2.2、措施丙', '市编办', null, null],
        [1, '三、任务', '措施丁', '市编办', null, null],
        [2, null, '措施戊', '市编办', null, null],
        [null, null, '措施己', '市编办', null, null],
        ['3.9', null, '3.15消费者权益日宣传', '市编办', null, null],
        ['甲', null, '措施庚', '市编办', null, null],
        [null, '无编号任务', '措施辛', '市编办', null, null],
      ],
    });
    const rows = await parseRows(data);
    expect(rows.map((r) => [r.code, r.title])).toEqual([
      ['1.2', '措施甲'],
      ['2.1', '措施乙'],
      ['2.2', '措施丙'],
      ['3.1', '措施丁'],
      ['3.2', '措施戊'],
      ['3.3', '措施己'],
      // A leading number that differs from the 序号 code is part of the title.
      ['3.9', '3.15消费者权益日宣传'],
      [null, '措施庚'],
      [null, '措施辛'],
    ]);
  });

  it('reads numeric codes, keeping trailing zeros only when the number format shows them', async () => {
    const data = await workbook({
      rows: [ZH_HEADER, [1.1, '一、任务', '措施甲', '市编办', null, null], [2.1, '二、任务', '措施乙', '市编办', null, null], [2.1, null, '措施丙', '市编办', null, null]],
      setup: (ws) => {
        ws.getCell('A3').numFmt = '0.00';
      },
    });
    const rows = await parseRows(data);
    // Row 4 is the unavoidable ambiguity: 2.10 typed into a General cell is stored as 2.1.
    expect(rows.map((r) => r.code)).toEqual(['1.1', '2.10', '2.1']);
  });

  it('reads rich text, formulas, hyperlinks and date cells as displayed', async () => {
    const data = await workbook({
      rows: [
        ZH_HEADER,
        [
          { formula: '"1."&"1"', result: '1.1' },
          { richText: [{ text: '一、' }, { text: '依法', font: { bold: true } }, { text: '行政' }] },
          { richText: [{ text: '深化' }, { text: '改革', font: { italic: true } }] },
          { text: '市编办', hyperlink: 'https://example.org' },
          { formula: 'UPPER("a")', result: '市发改委' },
          new Date(Date.UTC(2018, 5, 30)),
        ],
        ['1.2', null, '措施乙', '市编办', null, new Date(Date.UTC(2019, 0, 5))],
        ['1.3', null, '措施丙', '市编办', null, '2018年6月30日'],
        ['1.4', null, '措施丁', '市编办', null, '2018年6月底前'],
        ['1.5', null, '措施戊', '市编办', null, '2018-02-30'],
      ],
      setup: (ws) => {
        ws.getCell('F2').numFmt = 'yyyy"年"m"月"d"日"';
        ws.getCell('F3').numFmt = 'yyyy-mm-dd';
      },
    });
    const rows = await parseRows(data);
    expect(rows.map((r) => [r.code, r.taskTitle, r.title, r.lead, r.cooperating, r.timeframe, r.dueDate])).toEqual([
      ['1.1', '依法行政', '深化改革', ['市编办'], ['市发改委'], '2018年6月30日', '2018-06-30'],
      ['1.2', '依法行政', '措施乙', ['市编办'], [], '2019-01-05', '2019-01-05'],
      ['1.3', '依法行政', '措施丙', ['市编办'], [], '2018年6月30日', '2018-06-30'],
      ['1.4', '依法行政', '措施丁', ['市编办'], [], '2018年6月底前', null],
      ['1.5', '依法行政', '措施戊', ['市编办'], [], '2018-02-30', null],
    ]);
  });

  it('skips blank and note rows and keeps rows with units but no measure text', async () => {
    const data = await workbook({
      rows: [
        ZH_HEADER,
        ['1.1', '一、任务', '措施甲', '市编办', null, null],
        [],
        [null, null, null, null, null, '  '],
        ['1.2', null, null, '市发改委', null, null],
        [null, null, '措施丙', null, null, null],
        ['注：本表所列单位均为责任单位。'],
        [null, null, '说明：各单位按时报送', null, null, null],
      ],
    });
    const rows = await parseRows(data);
    expect(rows.map(brief)).toEqual([
      [2, 1, '1.1', '措施甲', ['市编办'], []],
      [5, 1, '1.2', '', ['市发改委'], []],
      [6, 1, '1.3', '措施丙', [], []],
    ]);
  });
});

describe('parseAssignmentTable: refusals', () => {
  it('refuses random bytes and a PDF as notXlsx', async () => {
    const random = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
    expect(await parseAssignmentTable(random)).toEqual({ ok: false, problem: 'notXlsx' });
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    expect(await parseAssignmentTable(pdf)).toEqual({ ok: false, problem: 'notXlsx' });
  });

  it('refuses a zip that is not a workbook and a truncated workbook as notXlsx', async () => {
    const real = await workbook({ rows: [ZH_HEADER] });
    expect(await parseAssignmentTable(real.slice(0, 200))).toEqual({ ok: false, problem: 'notXlsx' });
    // A minimal empty zip archive: only the end-of-central-directory record, behind a local header signature.
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    expect(await parseAssignmentTable(zipLike)).toEqual({ ok: false, problem: 'notXlsx' });
  });

  it('refuses an empty file', async () => {
    expect(await parseAssignmentTable(new Uint8Array())).toEqual({ ok: false, problem: 'notXlsx' });
  });

  it('refuses a workbook without content as empty', async () => {
    const data = await workbook({ rows: [] }, { rows: [[null, '   ']] });
    expect(await parseAssignmentTable(data)).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses a workbook without a header in the first 15 rows', async () => {
    const noHeader = await workbook({ rows: [['姓名', '电话'], ['张三', '123']] });
    expect(await parseAssignmentTable(noHeader)).toEqual({ ok: false, problem: 'noHeader' });
    // A measure column alone is not a header.
    const noUnits = await workbook({ rows: [['序号', '措施', '完成时限']] });
    expect(await parseAssignmentTable(noUnits)).toEqual({ ok: false, problem: 'noHeader' });
    const tooLow = await workbook({ rows: [...Array.from({ length: 15 }, (_, i) => [`第${i + 1}行`]), ZH_HEADER] });
    expect(await parseAssignmentTable(tooLow)).toEqual({ ok: false, problem: 'noHeader' });
    const justInTime = await workbook({ rows: [...Array.from({ length: 14 }, (_, i) => [`第${i + 1}行`]), ZH_HEADER] });
    expect(await parseAssignmentTable(justInTime)).toMatchObject({ ok: true, headerRow: 15 });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const data = await workbook({ rows: [ZH_HEADER, ['1.1', '一、任务', '措施', '市编办', null, null]] });
    expect(await parseAssignmentTable(data, { maxBytes: data.byteLength - 1 })).toEqual({ ok: false, problem: 'tooLarge' });
    expect(await parseAssignmentTable(data, { maxBytes: data.byteLength })).toMatchObject({ ok: true });
    // Size is checked first, so even garbage over the limit is tooLarge.
    expect(await parseAssignmentTable(new Uint8Array(11 * 1024 * 1024))).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('refuses a workbook that inflates beyond the limit (zip bomb) before the xlsx library reads it', async () => {
    const data = await workbook({ rows: [ZH_HEADER, ['1.1', '一、任务', '措施', '市编办', null, null]] });
    expect(await parseAssignmentTable(data)).toMatchObject({ ok: true });
    expect(await parseAssignmentTable(data, { maxInflatedBytes: 1_000 })).toEqual({ ok: false, problem: 'tooLargeInflated' });
    // 50 MB of zeros packed into ~50 KB, with a local header signature like any workbook.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(inflatedSize(bomb, 10 * 1024 * 1024)).toBe('over');
    expect(await parseAssignmentTable(bomb, { maxInflatedBytes: 10 * 1024 * 1024 })).toEqual({ ok: false, problem: 'tooLargeInflated' });
  });

  it('refuses more data rows than maxRows', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`1.${i + 1}`, '一、任务', `措施${i + 1}`, '市编办', null, null]);
    const data = await workbook({ rows: [ZH_HEADER, ...rows, [], []] });
    expect(await parseAssignmentTable(data, { maxRows: 5 })).toEqual({ ok: false, problem: 'tooManyRows' });
    const ok = await parseAssignmentTable(data, { maxRows: 6 });
    expect(ok.ok && ok.rows.length).toBe(6);
  });
});

describe('buildAssignmentTable', () => {
  const rows: ExportRow[] = [
    { taskNo: 1, taskTitle: '依法全面履行政府职能', code: '1.1', title: '深化行政审批制度改革', lead: ['市编办'], cooperating: ['市发改委', '市政务服务中心'], timeframe: '2018年底前', dueDate: '2018-12-31' },
    { taskNo: 1, taskTitle: '依法全面履行政府职能', code: '1.2', title: '推行权力清单', lead: ['市编办', '市政府法制办'], cooperating: [], timeframe: null, dueDate: '2018-06-30' },
    { taskNo: 2, taskTitle: '完善依法行政制度体系', code: '2.10', title: '加强规范性文件监督管理', lead: ['市政府法制办'], cooperating: ['各乡镇（街道、开发区）'], timeframe: '长期坚持', dueDate: null },
    { taskNo: 12, taskTitle: '加强组织领导', code: '12.1', title: '2018年起每年报告', lead: [], cooperating: ['市直各单位'], timeframe: '2018', dueDate: null },
  ];

  it('lays out a title row, a header row and one row per measure with merged task cells', async () => {
    const data = await buildAssignmentTable(rows, { title: '天门市法治政府建设实施方案分工' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(data).buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('分工方案');
    expect(ws.getCell('A1').value).toBe('天门市法治政府建设实施方案分工');
    expect(ws.getCell('F1').master.address).toBe('A1');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getRow(2).values).toEqual([undefined, '序号', '任务', '措施', '牵头单位', '配合单位', '完成时限']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getCell('B3').value).toBe('一、依法全面履行政府职能');
    expect(ws.getCell('B4').master.address).toBe('B3');
    expect(ws.getCell('B5').value).toBe('二、完善依法行政制度体系');
    expect(ws.getCell('B5').isMerged).toBe(false);
    expect(ws.getCell('B6').value).toBe('十二、加强组织领导');
    expect(ws.getCell('A5').value).toBe('2.10');
    expect(ws.getCell('D4').value).toBe('市编办、市政府法制办');
    expect(ws.getCell('F4').value).toBe('2018年6月30日');
    expect(ws.getCell('F6').value).toBe('2018');
    expect(ws.getCell('C3').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(ws.getCell('C3').border.top).toEqual({ style: 'thin' });
  });

  it('parses back to the same rows', async () => {
    const data = await buildAssignmentTable(rows, { title: '分工' });
    const parsed = await parseRows(data);
    expect(parsed.map((r) => [r.taskNo, r.taskTitle, r.code, r.title, r.lead, r.cooperating, r.timeframe, r.dueDate])).toEqual([
      [1, '依法全面履行政府职能', '1.1', '深化行政审批制度改革', ['市编办'], ['市发改委', '市政务服务中心'], '2018年底前', null],
      [1, '依法全面履行政府职能', '1.2', '推行权力清单', ['市编办', '市政府法制办'], [], '2018年6月30日', '2018-06-30'],
      [2, '完善依法行政制度体系', '2.10', '加强规范性文件监督管理', ['市政府法制办'], ['各乡镇（街道、开发区）'], '长期坚持', null],
      [12, '加强组织领导', '12.1', '2018年起每年报告', [], ['市直各单位'], '2018', null],
    ]);
    expect(parsed.map((r) => r.rowNumber)).toEqual([3, 4, 5, 6]);
  });

  it('writes English headers and parses them back', async () => {
    const data = await buildAssignmentTable(rows.slice(0, 1), { title: 'Assignments', headers: EN_HEADERS, sheetName: 'Plan: 2018/2020' });
    const result = await parseAssignmentTable(data);
    expect(result.ok && [result.sheetName, result.headerRow, result.rows[0]!.code, result.rows[0]!.lead]).toEqual([
      'Plan  2018 2020',
      2,
      '1.1',
      ['市编办'],
    ]);
  });
});
