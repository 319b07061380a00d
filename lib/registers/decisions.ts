import { and, eq } from 'drizzle-orm';
import { majorDecisions as t } from '@/db/schema';
import { defineRegister, type RecordValues, type RuleProblem } from './core/define';
import { rule } from './core/rules';

const STEPS = ['publicParticipation', 'expertReview', 'riskAssessment', 'legalityReview', 'collectiveDecision'] as const;

/** A step's date only when the step was taken. */
const stepDates = (v: RecordValues): RuleProblem[] => STEPS.flatMap((s) => rule.onlyIf(v, `${s}On`, v[s] === true, 'dateWithoutStep'));

/** 重大行政决策: the year's catalogue of major decisions and the statutory steps each went through. */
export const decisions = defineRegister({
  name: 'decisions',
  unitSynonyms: ['承办单位', '决策单位', '单位'],
  table: t,
  dateField: 'year',
  fields: [
    { key: 'year', type: 'int', min: 2000, max: 2100, required: true, list: true, synonyms: ['年度', '目录年度'] },
    { key: 'matter', type: 'text', required: true, max: 200, list: true, search: true, synonyms: ['事项', '决策事项', '事项名称', '决策名称'] },
    { key: 'publicParticipation', type: 'bool', list: true, filter: true, synonyms: ['公众参与', '是否公众参与'] },
    { key: 'publicParticipationOn', type: 'day', synonyms: ['公众参与日期'] },
    { key: 'hearing', type: 'bool', list: true, filter: true, synonyms: ['听证', '是否听证', '举行听证'] },
    { key: 'expertReview', type: 'bool', list: true, filter: true, synonyms: ['专家论证', '是否专家论证'] },
    { key: 'expertReviewOn', type: 'day', synonyms: ['专家论证日期'] },
    { key: 'riskAssessment', type: 'bool', list: true, filter: true, synonyms: ['风险评估', '是否风险评估'] },
    { key: 'riskAssessmentOn', type: 'day', synonyms: ['风险评估日期'] },
    { key: 'legalityReview', type: 'bool', list: true, filter: true, synonyms: ['合法性审查', '是否合法性审查'] },
    { key: 'legalityReviewOn', type: 'day', synonyms: ['合法性审查日期'] },
    { key: 'collectiveDecision', type: 'bool', list: true, filter: true, synonyms: ['集体讨论决定', '集体讨论', '是否集体讨论决定'] },
    { key: 'collectiveDecisionOn', type: 'day', synonyms: ['集体讨论日期', '集体讨论决定日期', '决定日期'] },
  ],
  yearOf: (v) => (typeof v.year === 'number' ? v.year : null),
  rules: (v) => [...stepDates(v), ...rule.onlyIf(v, 'hearing', v.publicParticipation === true, 'hearingNeedsParticipation')],
  describe: (r) => String(r.matter),
  // Counted by the catalogue's own year.
  span: { before: 0, after: 0 },
  figures: [
    { key: 'catalogued', where: (y) => eq(t.year, y) },
    { key: 'legalityReviewed', where: (y) => and(eq(t.year, y), eq(t.legalityReview, true))! },
    { key: 'hearings', where: (y) => and(eq(t.year, y), eq(t.hearing, true))! },
    { key: 'publicParticipated', where: (y) => and(eq(t.year, y), eq(t.publicParticipation, true))! },
    { key: 'expertReviewed', where: (y) => and(eq(t.year, y), eq(t.expertReview, true))! },
    { key: 'riskAssessed', where: (y) => and(eq(t.year, y), eq(t.riskAssessment, true))! },
    { key: 'collectivelyDecided', where: (y) => and(eq(t.year, y), eq(t.collectiveDecision, true))! },
  ],
  rates: [{ key: 'legalityReviewRate', numerator: 'legalityReviewed', denominator: 'catalogued' }],
});
