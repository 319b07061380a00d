import { and, eq } from 'drizzle-orm';
import { litigationCases as t, LITIGATION_OUTCOMES } from '@/db/schema';
import { defineRegister } from './core/define';
import { inYear } from './core/figures';
import { rule, yearOfDay } from './core/rules';

/**
 * 行政应诉: first-instance cases against a unit. 负责人出庭应诉率 = cases whose hearing in the year a
 * responsible leader attended ÷ cases heard in the year; a unit with no hearing has no rate (不适用).
 */
export const litigation = defineRegister({
  name: 'litigation',
  unitSynonyms: ['被告', '被告单位', '被诉单位', '被诉行政机关', '被告机关'],
  table: t,
  dateField: 'filedOn',
  fields: [
    { key: 'caseNumber', type: 'text', required: true, max: 60, list: true, search: true, synonyms: ['案号', '案件编号', '案件号', '立案号'] },
    { key: 'court', type: 'text', required: true, max: 60, list: true, synonyms: ['法院', '受理法院', '审理法院', '管辖法院'] },
    { key: 'filedOn', type: 'day', required: true, list: true, synonyms: ['立案日期', '立案时间', '收案日期', '受理日期'] },
    { key: 'matter', type: 'text', max: 200, list: true, search: true, synonyms: ['案由', '案件名称', '诉讼事项'] },
    { key: 'hearingOn', type: 'day', list: true, synonyms: ['开庭日期', '开庭时间', '庭审日期'] },
    { key: 'leaderAppeared', type: 'bool', filter: true, list: true, synonyms: ['负责人出庭', '是否出庭', '负责人是否出庭', '行政机关负责人出庭'] },
    { key: 'leaderName', type: 'text', max: 30, synonyms: ['出庭负责人', '出庭领导', '出庭人员', '出庭负责人姓名'] },
    { key: 'leaderPost', type: 'text', max: 60, synonyms: ['出庭负责人职务', '职务', '出庭领导职务'] },
    { key: 'closedOn', type: 'day', synonyms: ['结案日期', '审结日期', '判决日期', '裁判日期'] },
    { key: 'outcome', type: 'enum', options: LITIGATION_OUTCOMES, optionSet: 'litigationOutcome', filter: true, list: true, synonyms: ['结果', '审理结果', '判决结果', '裁判结果', '结案方式'] },
    { key: 'judicialSuggestion', type: 'bool', filter: true, synonyms: ['司法建议', '是否有司法建议', '收到司法建议'] },
    { key: 'suggestionRepliedOn', type: 'day', synonyms: ['司法建议回复日期', '回复日期'] },
  ],
  yearOf: (v) => yearOfDay(v.filedOn),
  rules: (v) => [
    ...rule.notBefore(v, 'hearingOn', 'filedOn', 'hearingBeforeFiled'),
    ...rule.onlyIf(v, 'leaderAppeared', v.hearingOn !== null, 'appearanceNeedsHearing'),
    ...rule.requiredIf(v, 'leaderName', v.leaderAppeared === true, 'appearanceNeedsName'),
    ...rule.onlyIf(v, 'leaderName', v.leaderAppeared === true, 'nameNeedsAppearance'),
    ...rule.notBefore(v, 'closedOn', 'filedOn', 'closedBeforeFiled'),
    ...rule.onlyIf(v, 'outcome', v.closedOn !== null, 'outcomeNeedsClosed'),
    ...rule.requiredIf(v, 'outcome', v.closedOn !== null, 'closedNeedsOutcome'),
    ...rule.onlyIf(v, 'suggestionRepliedOn', v.judicialSuggestion === true, 'replyNeedsSuggestion'),
  ],
  unique: { columns: ['unitId', 'caseNumber'], field: 'caseNumber', message: { key: 'registers.problems.caseNumberTaken' } },
  describe: (r) => `${r.caseNumber}${r.matter ? ` ${r.matter}` : ''}`,
  // First-instance cases: heard and closed within the statutory six months, often later; two years back covers appeals remanded.
  span: { before: 2, after: 0 },
  figures: [
    { key: 'cases', where: (y) => inYear(t.filedOn, y) },
    { key: 'hearings', where: (y) => inYear(t.hearingOn, y) },
    { key: 'appeared', where: (y) => and(inYear(t.hearingOn, y), eq(t.leaderAppeared, true))! },
    { key: 'closed', where: (y) => inYear(t.closedOn, y) },
    { key: 'lost', where: (y) => and(inYear(t.closedOn, y), eq(t.outcome, 'lost'))! },
    { key: 'suggestions', where: (y) => and(inYear(t.filedOn, y), eq(t.judicialSuggestion, true))! },
  ],
  rates: [
    { key: 'appearanceRate', numerator: 'appeared', denominator: 'hearings' },
    { key: 'lossRate', numerator: 'lost', denominator: 'closed' },
  ],
});
