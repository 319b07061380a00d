import { and, isNotNull, isNull, sql } from 'drizzle-orm';
import { normativeDocuments as t, DOCUMENT_ISSUERS, REVIEW_OUTCOMES } from '@/db/schema';
import { defineRegister } from './core/define';
import { inYear } from './core/figures';
import { addDays, rule, yearOfDay } from './core/rules';
import { docNumberKey, isDocNumber, normalizeDocNumber } from './doc-number';
import { registerSetting } from './settings';

/** Published in `year` and filed within the office's filing period (the last day of the period is on time). */
const filedOnTime = (year: number) =>
  and(inYear(t.publishedOn, year), isNotNull(t.filedOn), sql`julianday(${t.filedOn}) - julianday(${t.publishedOn}) <= ${registerSetting('documentFilingDays')}`)!;

/** 规范性文件: review, publication and filing of each normative document. */
export const documents = defineRegister({
  name: 'documents',
  unitSynonyms: ['制定机关', '发文单位', '制定单位', '起草单位', '单位'],
  table: t,
  dateField: 'publishedOn',
  fields: [
    { key: 'docNumber', type: 'text', required: true, max: 60, list: true, search: true, synonyms: ['文号', '文件编号', '发文字号', '发文文号', 'Number'] },
    { key: 'title', type: 'text', required: true, max: 200, list: true, search: true, synonyms: ['标题', '文件名称', '文件标题', '名称', '文件名'] },
    { key: 'issuer', type: 'enum', options: DOCUMENT_ISSUERS, optionSet: 'issuer', required: true, filter: true, list: true, initial: 'unit', synonyms: ['发文机关类别', '制定主体'] },
    { key: 'reviewedOn', type: 'day', synonyms: ['审查日期', '合法性审查日期', '审核日期'] },
    { key: 'reviewOutcome', type: 'enum', options: REVIEW_OUTCOMES, optionSet: 'reviewOutcome', filter: true, list: true, synonyms: ['审查结果', '审查意见', '合法性审查结果', '审核结果'] },
    { key: 'reviewer', type: 'text', max: 60, synonyms: ['审查人', '审查机构', '审核人'] },
    { key: 'publishedOn', type: 'day', list: true, synonyms: ['公布日期', '发布日期', '印发日期', '发文日期', '公布时间'] },
    { key: 'filedOn', type: 'day', list: true, synonyms: ['报送备案日期', '备案日期', '报备日期', '报送备案时间'] },
    { key: 'filingBody', type: 'text', max: 60, synonyms: ['备案机关', '报备机关', '备案单位'] },
  ],
  yearOf: (v) => yearOfDay(v.publishedOn) ?? yearOfDay(v.reviewedOn),
  rules: (v) => [
    ...(typeof v.docNumber === 'string' && !isDocNumber(v.docNumber) ? [{ field: 'docNumber', message: { key: 'registers.problems.docNumber' } }] : []),
    ...rule.notBefore(v, 'filedOn', 'publishedOn', 'filedBeforePublished'),
    ...rule.requiredIf(v, 'publishedOn', v.filedOn !== null, 'filedNeedsPublished'),
    ...rule.notBefore(v, 'publishedOn', 'reviewedOn', 'publishedBeforeReviewed'),
    ...rule.requiredIf(v, 'reviewOutcome', v.reviewedOn !== null, 'reviewNeedsOutcome'),
    ...rule.onlyIf(v, 'reviewOutcome', v.reviewedOn !== null, 'outcomeNeedsReview'),
    ...rule.onlyIf(v, 'filingBody', v.filedOn !== null, 'filingBodyNeedsFiling'),
  ],
  derive: (v) => ({ docNumber: normalizeDocNumber(String(v.docNumber)), docNumberKey: docNumberKey(String(v.docNumber)) }),
  unique: { columns: ['unitId', 'issuer', 'docNumberKey'], field: 'docNumber', message: { key: 'registers.problems.docNumberTaken' } },
  describe: (r) => `${r.docNumber} ${r.title}`,
  flag: (r, settings, today) => {
    if (typeof r.publishedOn !== 'string') return null;
    const due = addDays(r.publishedOn, settings.documentFilingDays);
    if (typeof r.filedOn === 'string') return r.filedOn <= due ? { key: 'registers.documents.onTime', tone: 'green' } : { key: 'registers.documents.late', tone: 'red' };
    return today > due ? { key: 'registers.documents.notFiled', tone: 'red' } : null;
  },
  // Reviewed before publication (possibly the year before) and filed within the filing period (possibly the next year).
  span: { before: 1, after: 1 },
  figures: [
    { key: 'reviewed', where: (y) => inYear(t.reviewedOn, y) },
    { key: 'published', where: (y) => inYear(t.publishedOn, y) },
    { key: 'filed', where: (y) => inYear(t.filedOn, y) },
    // Published in the year and due for filing: filed, or past the filing period without being filed.
    {
      key: 'filingDue',
      where: (y) => and(inYear(t.publishedOn, y), sql`(${t.filedOn} is not null or date(${t.publishedOn}, '+' || ${registerSetting('documentFilingDays')} || ' days') < date('now', '+8 hours'))`)!,
    },
    { key: 'filedOnTime', where: filedOnTime },
    { key: 'publishedUnreviewed', where: (y) => and(inYear(t.publishedOn, y), isNull(t.reviewedOn))! },
  ],
  rates: [{ key: 'filingOnTimeRate', numerator: 'filedOnTime', denominator: 'filingDue' }],
});
