import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCell } from './cells';
import { safeSheetName, writeCsv, writeTable, type TableSheet } from './write';

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(data).buffer);
  return wb;
}

const CASES: TableSheet = {
  name: '行政应诉',
  title: '2018年行政应诉案件台账',
  columns: [
    { header: '案号', width: 24 },
    { header: '被告', width: 16, mergeRuns: true },
    { header: '立案日期', width: 14, type: 'date' },
    { header: '标的额', width: 12, type: 'number', numFmt: '0.00' },
  ],
  rows: [
    ['(2018)鄂0981行初1号', '市公安局', '2018-03-01', 1200],
    ['(2018)鄂0981行初2号', '市公安局', '2018-04-15', null],
    ['=HYPERLINK("http://x")', '市国土资源局', null, 3.5],
    ['2.10', '', '2018-05-02', 0],
    ['+1', '', null, null],
  ],
};

describe('writeTable', () => {
  it('writes a merged bold title, a shaded header frozen below it, and bordered rows', async () => {
    const ws = (await load(await writeTable(CASES))).worksheets[0]!;
    expect(ws.name).toBe('行政应诉');
    expect(ws.getCell('A1').value).toBe('2018年行政应诉案件台账');
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getRow(2).values).toEqual([undefined, '案号', '被告', '立案日期', '标的额']);
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getCell('A3').border.bottom).toEqual({ style: 'thin' });
    expect(ws.getCell('A3').alignment).toMatchObject({ horizontal: 'left', vertical: 'middle', wrapText: true });
  });

  it('types the cells: text stays text (never a formula), numbers and dates are real with their formats', async () => {
    const ws = (await load(await writeTable(CASES))).worksheets[0]!;
    expect(ws.getCell('A5').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('A5').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A6').value).toBe('2.10');
    expect(ws.getCell('A6').numFmt).toBe('@');
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2018, 2, 1)));
    expect(ws.getCell('C3').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('D3').value).toBe(1200);
    expect(ws.getCell('D3').numFmt).toBe('0.00');
    expect(ws.getCell('D4').value).toBeNull();
    expect(ws.getCell('C5').value).toBe('');
  });

  it('merges runs of the same value in a mergeRuns column, never blanks', async () => {
    const ws = (await load(await writeTable(CASES))).worksheets[0]!;
    expect(ws.getCell('B4').master.address).toBe('B3');
    expect(ws.getCell('B5').isMerged).toBe(false);
    expect(ws.getCell('B6').isMerged).toBe(false);
    expect(ws.getCell('B7').isMerged).toBe(false);
  });

  it('reads back as written: dates as days, text as typed, merged cells shared', async () => {
    const ws = (await load(await writeTable(CASES))).worksheets[0]!;
    expect(readCell(ws.getRow(4), 3)).toMatchObject({ text: '2018-04-15', date: '2018-04-15' });
    expect(readCell(ws.getRow(4), 2)).toMatchObject({ text: '市公安局', merged: true });
    expect(readCell(ws.getRow(6), 1).text).toBe('2.10');
    expect(readCell(ws.getRow(3), 4)).toMatchObject({ text: '1200.00', number: 1200 });
  });

  it('writes several sheets, and without a title freezes the first row', async () => {
    const wb = await load(await writeTable({ ...CASES, title: undefined, name: 'a/b:c' }, { name: '第二页', columns: [{ header: '单位', width: 10 }], rows: [['市公安局']], orientation: 'portrait' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['a b c', '第二页']);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('案号');
    expect(wb.worksheets[0]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.worksheets[1]!.pageSetup.orientation).toBe('portrait');
  });

  it('cleans sheet names Excel refuses', () => {
    expect(safeSheetName('Plan: 2018/2020')).toBe('Plan  2018 2020');
    expect(safeSheetName('[]')).toBe('Sheet1');
    expect(safeSheetName('很'.repeat(40))).toHaveLength(31);
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM, quotes what needs it and neutralises formulas', () => {
    const csv = writeCsv(['时间', '详情'], [['2018-06-30 09:00', '含,逗号'], ['=1+1', '引号"在内'], ['-2', null], ['@SUM(A1)', '多\n行']]);
    expect(csv).toBe('\uFEFF时间,详情\r\n2018-06-30 09:00,"含,逗号"\r\n\'=1+1,"引号""在内"\r\n\'-2,\r\n\'@SUM(A1),"多\n行"');
  });
});
