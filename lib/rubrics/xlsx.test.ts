import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import demoJson from '@/db/seed/rubric-2018.json';
import type { Locale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import { rubricSchema } from '@/lib/scoring/rubric';
import { buildRubricXlsx, type Translate } from './xlsx';

const demo = rubricSchema.parse(demoJson);
const translator = (locale: Locale) => createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translate;

/** The workbook's only sheet as the office sees it: title, header row and the rows below (text as shown). */
async function read(rubric = demo, locale: Locale = 'zh-CN') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await buildRubricXlsx(rubric, locale, translator(locale))).buffer);
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0]!;
  const row = (n: number) => Array.from((ws.getRow(n).values as unknown[]).slice(1), (v) => v ?? '');
  const body: unknown[][] = [];
  // Merged cells read back as the master's value only in the master: fill them down as the reader sees them.
  for (let n = 3; n <= ws.rowCount; n++) body.push(row(n).map((v, i) => (v === '' && ws.getCell(n, i + 1).isMerged ? ws.getCell(n, i + 1).master.value : v)));
  return { ws, name: ws.name, title: ws.getCell('A1').value, headers: row(2), body };
}

describe('the rubric as .xlsx', () => {
  it('gives the office one sheet: a title with the year, headers in Chinese, every indicator in order with its rule in words', async () => {
    const { ws, name, title, headers, body } = await read();
    expect(name).toBe('考核指标');
    expect(title).toBe('2018年度法治政府建设考核指标及评分标准');
    expect(headers).toEqual(['一级指标', '代码', '指标名称', '英文名称', '分值', '评分方式', '评分标准', '需提供的佐证材料', '适用单位']);
    // The indicators in the rubric's order, then the total, the bonus and the veto items.
    expect(body.map((r) => r[1])).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2', 'E3', 'F1', '', 'G1', 'G2', 'V1']);
    expect(body[1]).toEqual([
      'A 组织领导（10 分）',
      'A2',
      '年度法治政府建设情况报告',
      'Annual report on building a law-based government',
      3,
      '每次扣 1.5 分，扣完为止',
      '未在3月1日前报送扣1.5分；未向社会公开扣1.5分',
      '报告文本及公开网址',
      '全部单位',
    ]);
    const e2 = body.find((r) => r[1] === 'E2')!;
    expect(e2.slice(2, 6)).toEqual(['行政机关负责人出庭应诉', 'Rate of agency heads appearing in court', 4, '按比率折算 · 考核组录入']);
    expect(body.find((r) => r[1] === 'B1')![5]).toBe('按比率折算 · 按时报送率（系统计算）');
    expect(body.find((r) => r[1] === 'D1')![8]).toBe('有执法职能的单位');
    expect(body[16]).toEqual(['基础分合计', '', '', '', 100, '', '', '', '']);
    expect(body.find((r) => r[1] === 'G1')!.slice(0, 6)).toEqual(['加分项（合计不超过 5 分）', 'G1', '法治建设经验做法被省级以上推广', 'Rule-of-law practice promoted at provincial level or above', 2, '每项加 2 分']);
    expect(body.find((r) => r[1] === 'V1')!.slice(0, 7)).toEqual([
      '一票否决项',
      'V1',
      '发生重大违法行政行为造成恶劣社会影响并被问责',
      'A serious unlawful administrative act with grave public impact, for which officials were held accountable',
      '',
      '一票否决',
      '年度考核等次定为不合格',
    ]);
    // Readable as printed: the category merged down its indicators, widths set for the text.
    expect(ws.getCell('A4').master.address).toBe('A3');
    expect(ws.getCell('A6').master.address).toBe('A6');
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(24);
    expect(ws.getColumn(7).width).toBeGreaterThanOrEqual(40);
  });

  it('in English: English headers and category names, English criteria, both names of each indicator', async () => {
    const { name, title, headers, body } = await read(demo, 'en');
    expect(name).toBe('Indicators');
    expect(title).toBe('2018 rubric for the assessment of building a law-based government');
    expect(headers).toEqual(['Category', 'Code', 'Name (Chinese)', 'English title', 'Points', 'Scoring rule', 'Criteria', 'Evidence asked for', 'Applies to']);
    const e2 = body.find((r) => r[1] === 'E2')!;
    expect(e2[0]).toBe('E Administrative reconsideration, litigation and dispute resolution (10 pts)');
    expect(e2.slice(2, 9)).toEqual([
      '行政机关负责人出庭应诉',
      'Rate of agency heads appearing in court',
      4,
      'Points × rate · Entered by the assessment team',
      'Points in proportion to the rate at which agency heads appear in court in administrative lawsuits',
      'Records of court appearances',
      'All units',
    ]);
  });

  it('falls back to the Chinese text where the rubric has no English, and leaves the English name blank', async () => {
    const bare = rubricSchema.parse({
      ...demo,
      categories: demo.categories.map((c) => ({ ...c, titleEn: undefined, indicators: c.indicators.map((i) => ({ ...i, titleEn: undefined, criteriaEn: undefined })) })),
    });
    const { body } = await read(bare, 'en');
    const a2 = body.find((r) => r[1] === 'A2')!;
    expect(a2[0]).toBe('A 组织领导 (10 pts)');
    expect(a2[3]).toBe('');
    expect(a2[6]).toBe('未在3月1日前报送扣1.5分；未向社会公开扣1.5分');
  });
});
