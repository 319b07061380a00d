import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellDay, cellNumber, cellYesNo, excelSerialDate, findHeader, normalizeHeader, parseDateText, readCell, readValue, splitList, toHalfWidth } from './cells';

const text = (t: string) => ({ text: t, date: null, number: null });
const num = (n: number) => ({ text: String(n), date: null, number: n });

/** A worksheet from rows of values, as a user's file would hold it after a save and a load. */
async function sheet(rows: ExcelJS.CellValue[][], merges: string[] = []): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  rows.forEach((values, r) => values.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v)));
  for (const range of merges) ws.mergeCells(range);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await wb.xlsx.writeBuffer());
  return loaded.worksheets[0]!;
}

describe('text and dates', () => {
  it('folds full-width letters, digits, punctuation and the ideographic space', () => {
    expect(toHalfWidth('ＡＢ１２．３（一）\u3000：')).toBe('AB12.3(一) :');
  });

  it.each([
    ['2018-06-30', '2018-06-30'],
    ['2018/6/30', '2018-06-30'],
    ['2018.6.3', '2018-06-03'],
    ['2018年6月30日', '2018-06-30'],
    ['２０１８年６月３０号', '2018-06-30'],
    [' 2018 年 6 月 30 日 ', '2018-06-30'],
    ['2018-02-30', null],
    ['2018/6-30', null],
    ['2018年6月底前', null],
    ['2018年', null],
  ])('date text %s → %s', (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  it('reads an Excel day serial in a General cell within 1990–2100, and not a year', () => {
    expect(excelSerialDate(43281)).toBe('2018-06-30');
    expect(excelSerialDate(36526)).toBe('2000-01-01');
    expect(excelSerialDate(2018)).toBeNull();
    expect(excelSerialDate(43281.5)).toBeNull();
    expect(cellDay(num(43281))).toBe('2018-06-30');
    expect(cellDay(num(2018))).toBeNull();
  });

  it('takes a day from a date cell first, then a serial, then the text', () => {
    expect(cellDay({ text: '2018年6月30日', date: '2018-06-30', number: null })).toBe('2018-06-30');
    expect(cellDay(text('2019/1/5'))).toBe('2019-01-05');
    expect(cellDay(text('明年'))).toBeNull();
  });
});

describe('values', () => {
  it('reads rich text, a formula result, a hyperlink and numbers as displayed', () => {
    expect(readValue({ richText: [{ text: '依法' }, { text: '行政', font: { bold: true } }] }, undefined).text).toBe('依法行政');
    expect(readValue({ formula: 'A1*2', result: 4 }, undefined)).toEqual({ text: '4', date: null, number: 4 });
    expect(readValue({ text: '市编办', hyperlink: 'https://example.org' }, undefined).text).toBe('市编办');
    expect(readValue(2.1, '0.00').text).toBe('2.10');
    expect(readValue(0.1 + 0.2, undefined).text).toBe('0.3');
    expect(readValue(new Date(Date.UTC(2018, 5, 30)), 'yyyy"年"m"月"d"日"')).toEqual({ text: '2018年6月30日', date: '2018-06-30', number: null });
    expect(readValue(null, undefined)).toEqual({ text: '', date: null, number: null });
  });

  it('reads numbers typed as text in any width, and refuses what is not one', () => {
    expect(cellNumber(text('１,２００'))).toBe(1200);
    expect(cellNumber(text(' 3.5 '))).toBe(3.5);
    expect(cellNumber(text('-2'))).toBe(-2);
    expect(cellNumber(num(7))).toBe(7);
    expect(cellNumber(text('三'))).toBeNull();
    expect(cellNumber(text('1.2.3'))).toBeNull();
    expect(cellNumber(text(''))).toBeNull();
  });

  it('reads yes and no the ways a sheet writes them', () => {
    for (const yes of ['是', '有', '√', 'Y', 'yes', 'TRUE', '1', '是 ']) expect(cellYesNo(text(yes)), yes).toBe(true);
    for (const no of ['否', '无', '×', 'N', 'No', 'FALSE', '0']) expect(cellYesNo(text(no)), no).toBe(false);
    expect(cellYesNo(text('出庭'))).toBeNull();
    expect(cellYesNo(text(''))).toBeNull();
  });

  it('splits a list cell on the usual separators but not inside brackets or an English name', () => {
    expect(splitList('市财政局，市人社局;市司法局／市审计局\n市统计局  市民政局').map((s) => s.trim())).toEqual([
      '市财政局',
      '市人社局',
      '市司法局',
      '市审计局',
      '市统计局',
      '市民政局',
    ]);
    expect(splitList('各乡镇（街道、开发区）、市财政局')).toEqual(['各乡镇（街道、开发区）', '市财政局']);
    expect(splitList('Development Bureau, FGW')).toEqual(['Development Bureau', '', 'FGW']);
  });

  it('gives a merged cell’s value to every cell it covers', async () => {
    const ws = await sheet([['一、任务', '措施甲'], [null, '措施乙']], ['A1:A2']);
    expect(readCell(ws.getRow(2), 1)).toMatchObject({ text: '一、任务', merged: true, masterAddress: 'A1' });
    expect(readCell(ws.getRow(2), 2)).toMatchObject({ text: '措施乙', merged: false });
    expect(readCell(ws.getRow(2), undefined).text).toBe('');
  });
});

describe('findHeader', () => {
  const SYNONYMS = { caseNo: ['案号', '案件编号', 'Case no.'], unit: ['被告', '被告单位'], filedOn: ['立案日期'], head: ['负责人出庭', '出庭负责人'], name: ['姓名'], post: ['职务'] };
  const needsCase = (c: { caseNo?: number }) => c.caseNo !== undefined;

  it('normalises header text: width, spaces, case, a trailing colon or (…) note', () => {
    expect(normalizeHeader(' 立案 日期（年月日）：')).toBe('立案日期');
    expect(normalizeHeader('ＣＡＳＥ　ＮＯ．')).toBe('caseno.');
    expect(normalizeHeader('案号*')).toBe('案号');
  });

  it('finds the header below title rows by synonym, with the texts as the file writes them', async () => {
    const ws = await sheet([['2018年行政应诉案件台账'], ['填报单位：市司法局'], ['序号', '案件编号', '被告单位', '立案日期（年月日）'], [1, '(2018)鄂0981行初1号', '市公安局', '2018-03-01']], ['A1:D1']);
    expect(findHeader(ws, SYNONYMS, needsCase)).toEqual({
      columns: { caseNo: 2, unit: 3, filedOn: 4 },
      texts: { caseNo: '案件编号', unit: '被告单位', filedOn: '立案日期（年月日）' },
      headerRow: 3,
    });
  });

  it('reads a two-row header, dropping the spanning header whose columns the row below names', async () => {
    const ws = await sheet(
      [
        ['案号', '被告', '负责人出庭', null, null],
        [null, null, '负责人出庭', '姓名', '职务'],
        ['(2018)鄂0981行初1号', '市公安局', '是', '张三', '副局长'],
      ],
      ['A1:A2', 'B1:B2', 'C1:E1'],
    );
    // C2 repeats the spanning text on purpose: it is the 是/否 column under 负责人出庭.
    expect(findHeader(ws, SYNONYMS, needsCase)).toMatchObject({ columns: { caseNo: 1, unit: 2, head: 3, name: 4, post: 5 }, headerRow: 2 });
  });

  it('does not take a data row holding one header word for a second header row', async () => {
    const ws = await sheet([
      ['案号', '被告', '职务'],
      ['(2018)鄂0981行初1号', '市公安局', '职务'],
    ]);
    expect(findHeader(ws, SYNONYMS, needsCase)).toMatchObject({ headerRow: 1 });
  });

  it('looks no further than the first 15 rows', async () => {
    const filler = Array.from({ length: 15 }, (_, i) => [`说明第${i + 1}行`]);
    expect(findHeader(await sheet([...filler, ['案号', '被告']]), SYNONYMS, needsCase)).toBeNull();
    expect(findHeader(await sheet([...filler.slice(1), ['案号', '被告']]), SYNONYMS, needsCase)).toMatchObject({ headerRow: 15 });
  });
});
