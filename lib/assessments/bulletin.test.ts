import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import demoJson from '@/db/seed/rubric-2018.json';
import type { Locale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import type { Group, IndicatorResult } from '@/lib/scoring/compute';
import { rubricSchema } from '@/lib/scoring/rubric';
import { buildBulletinXlsx, bulletinGroups, bulletinWords, unscoredByReason, type Translate } from './bulletin';
import type { UnitResult } from './results';
import type { StoredSheet } from './sheet';

const rubric = rubricSchema.parse(demoJson);
const t = (locale: Locale) => createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translate;

const line = (code: string, missing: boolean): IndicatorResult => ({ code, applies: true, points: 5, earned: missing ? null : 5, missing });

/** A unit's result with only what the 通报 reads. */
function result(unitId: number, name: string, group: Group, o: { rank?: number; total?: number; grade?: string; missing?: number; sheet?: Partial<StoredSheet> }): UnitResult {
  const indicators = ['A1', 'A2', 'A3', 'B3'].map((c, i) => line(c, i < (o.missing ?? 0)));
  return {
    unitId,
    name,
    group,
    rank: o.rank ?? null,
    grade: o.grade ?? null,
    score: { total: o.total ?? 0, indicators },
    sheet: { inputs: {}, bonus: {}, vetoes: {}, ...o.sheet },
  } as unknown as UnitResult;
}

const VETO = { V1: { reason: '经查实，违法强拆被问责。' } };
const RESULTS = [
  result(1, '市发改委', 'city', { rank: 1, total: 92.5, grade: '优秀', sheet: { inputs: { A1: { kind: 'judgment', value: 4, reason: null } } } }),
  result(2, '市教育局', 'city', {}),
  result(3, '市公安局', 'city', { rank: 2, total: 88, grade: '不合格', sheet: { inputs: { A1: { kind: 'judgment', value: 4, reason: null } }, vetoes: VETO } }),
  result(4, '市民政局', 'city', { missing: 3, sheet: { inputs: { A1: { kind: 'judgment', value: 4, reason: null } } } }),
  result(5, '岳口镇', 'township', { rank: 1, total: 100, grade: '良好', sheet: { inputs: { A1: { kind: 'judgment', value: 4, reason: null } } } }),
];

describe('bulletinGroups', () => {
  it('lists every unit: the ranked ones in rank order with their vetoes, then the unscored ones with why', () => {
    const [city, township] = bulletinGroups(rubric, RESULTS);
    expect(city!.rows).toEqual([
      { rank: 1, unit: '市发改委', total: 92.5, grade: '优秀', vetoes: [] },
      {
        rank: 2,
        unit: '市公安局',
        total: 88,
        grade: '不合格',
        vetoes: [{ code: 'V1', title: '发生重大违法行政行为造成恶劣社会影响并被问责', titleEn: 'A serious unlawful administrative act with grave public impact, for which officials were held accountable', reason: '经查实，违法强拆被问责。' }],
      },
    ]);
    expect(city!.unscored).toEqual([
      { unit: '市教育局', reason: 'blank', missing: 0, vetoes: [] },
      { unit: '市民政局', reason: 'incomplete', missing: 3, vetoes: [] },
    ]);
    expect(township).toMatchObject({ group: 'township', rows: [{ unit: '岳口镇' }], unscored: [] });
  });

  it('words a veto and an unscored unit in Chinese and in English (the veto item in English where the rubric has it)', () => {
    const [city] = bulletinGroups(rubric, RESULTS);
    const zh = bulletinWords(t('zh-CN'), 'zh-CN');
    expect(zh.rowNote(city!.rows[1]!)).toBe('一票否决：发生重大违法行政行为造成恶劣社会影响并被问责。理由：经查实，违法强拆被问责。');
    expect(zh.rowNote(city!.rows[0]!)).toBe('');
    expect(zh.unscored(city!.unscored[0]!)).toBe('评分表未填写');
    expect(zh.unscored(city!.unscored[1]!)).toBe('评分未完成，尚有 3 项指标未评分');
    const en = bulletinWords(t('en'), 'en');
    expect(en.rowNote(city!.rows[1]!)).toBe('Vetoed: A serious unlawful administrative act with grave public impact, for which officials were held accountable. Reason: 经查实，违法强拆被问责。');
    expect(en.unscored(city!.unscored[1]!)).toBe('Scoring not finished: 3 indicators not scored');
    // On the page, units are gathered by reason, as an office writes it.
    const many = bulletinGroups(rubric, [...RESULTS, result(6, '市司法局', 'city', {})]);
    expect(unscoredByReason(many[0]!.unscored, zh)).toEqual([
      { reason: '评分表未填写', units: ['市教育局', '市司法局'] },
      { reason: '评分未完成，尚有 3 项指标未评分', units: ['市民政局'] },
    ]);
    expect(zh.list(['市教育局', '市司法局'])).toBe('市教育局、市司法局');
    // No English name: the Chinese one.
    const bare = rubricSchema.parse({ ...demoJson, veto: demoJson.veto.map((v) => ({ ...v, titleEn: undefined })) });
    expect(en.rowNote(bulletinGroups(bare, RESULTS)[0]!.rows[1]!)).toMatch(/^Vetoed: 发生重大违法行政行为/);
  });

  it('writes the .xlsx with a note column: the veto reason beside the vetoed unit, unscored units below graded 未评分', async () => {
    const tr = t('zh-CN');
    const bytes = await buildBulletinXlsx(bulletinGroups(rubric, RESULTS), {
      sheetName: (g) => tr(`groups.${g}`),
      title: (g) => tr('assessment.bulletin.sheetTitle', { year: 2017, group: tr(`groups.${g}`) }),
      headers: ['排名', '单位', '得分', '等次', '备注'],
      grade: (g) => g,
      words: bulletinWords(tr, 'zh-CN'),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    const ws = wb.getWorksheet('市直单位')!;
    const rows = ws.getSheetValues().slice(2).filter(Boolean).map((r) => Array.from((r as unknown[]).slice(1), (v) => v ?? ''));
    expect(ws.getCell('A1').value).toBe('2017年度法治政府建设考核结果（市直单位）');
    expect(rows).toEqual([
      ['排名', '单位', '得分', '等次', '备注'],
      [1, '市发改委', 92.5, '优秀', ''],
      [2, '市公安局', 88, '不合格', '一票否决：发生重大违法行政行为造成恶劣社会影响并被问责。理由：经查实，违法强拆被问责。'],
      ['', '市教育局', '', '未评分', '评分表未填写'],
      ['', '市民政局', '', '未评分', '评分未完成，尚有 3 项指标未评分'],
    ]);
  });
});
