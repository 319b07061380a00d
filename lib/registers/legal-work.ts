import { and, eq } from 'drizzle-orm';
import { legalWork as t, COUNSEL_KINDS, LEGAL_REVIEW_KINDS, LEGAL_WORK_KINDS, REVIEWED_BY } from '@/db/schema';
import { defineRegister } from './core/define';
import { inYear } from './core/figures';
import { rule, yearOfDay } from './core/rules';

/** 合法性审查与法律顾问: each legality review and each piece of legal counsel work counts once. */
export const legalWork = defineRegister({
  name: 'legal-work',
  unitSynonyms: ['单位', '承办单位', '审查单位'],
  table: t,
  dateField: 'doneOn',
  fields: [
    { key: 'kind', type: 'enum', options: LEGAL_WORK_KINDS, optionSet: 'legalWorkKind', required: true, filter: true, list: true, synonyms: ['类别', '类型', '工作类别'] },
    { key: 'reviewKind', type: 'enum', options: LEGAL_REVIEW_KINDS, optionSet: 'legalReviewKind', filter: true, list: true, synonyms: ['审查类别', '审查事项类别', '审查类型'] },
    { key: 'counselKind', type: 'enum', options: COUNSEL_KINDS, optionSet: 'counselKind', filter: true, list: true, synonyms: ['法律顾问工作类别', '顾问工作类型', '服务类型'] },
    { key: 'matter', type: 'text', required: true, max: 200, list: true, search: true, synonyms: ['事项', '审查事项', '事项名称', '工作内容', '案件名称'] },
    { key: 'doneOn', type: 'day', required: true, list: true, synonyms: ['日期', '审查日期', '办理日期', '完成日期'] },
    { key: 'by', type: 'enum', options: REVIEWED_BY, optionSet: 'reviewedBy', required: true, filter: true, list: true, initial: 'legal_office', synonyms: ['承办', '审查主体', '承办机构', '办理主体'] },
    { key: 'opinion', type: 'textarea', max: 2000, synonyms: ['意见', '审查意见', '法律意见', '备注'] },
  ],
  yearOf: (v) => yearOfDay(v.doneOn),
  rules: (v) => [
    ...rule.requiredIf(v, 'reviewKind', v.kind === 'review'),
    ...rule.onlyIf(v, 'reviewKind', v.kind === 'review', 'reviewKindOnlyForReview'),
    ...rule.requiredIf(v, 'counselKind', v.kind === 'counsel'),
    ...rule.onlyIf(v, 'counselKind', v.kind === 'counsel', 'counselKindOnlyForCounsel'),
  ],
  describe: (r) => String(r.matter),
  // Counted by the day the work was done, which sets the record's year.
  span: { before: 0, after: 0 },
  figures: [
    { key: 'reviews', where: (y) => and(inYear(t.doneOn, y), eq(t.kind, 'review'))! },
    ...LEGAL_REVIEW_KINDS.map((k) => ({ key: `review_${k}`, where: (y: number) => and(inYear(t.doneOn, y), eq(t.kind, 'review'), eq(t.reviewKind, k))! })),
    { key: 'counsel', where: (y) => and(inYear(t.doneOn, y), eq(t.kind, 'counsel'))! },
    ...COUNSEL_KINDS.map((k) => ({ key: `counsel_${k}`, where: (y: number) => and(inYear(t.doneOn, y), eq(t.kind, 'counsel'), eq(t.counselKind, k))! })),
  ],
});
