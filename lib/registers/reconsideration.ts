import { and, eq, inArray } from 'drizzle-orm';
import { reconsiderationCases as t, CORRECTING_OUTCOMES, RECONSIDERATION_OUTCOMES, RECONSIDERATION_ROLES } from '@/db/schema';
import { defineRegister } from './core/define';
import { inYear } from './core/figures';
import { rule, yearOfDay } from './core/rules';

const organ = eq(t.role, 'organ');

/**
 * 行政复议: the city's own cases (as 复议机关) and a higher body's cases in which the city or a unit
 * took part (第三人 / 被申请人). 纠错 = 撤销 + 变更 + 确认违法 + 责令履行, over the cases closed.
 */
export const reconsideration = defineRegister({
  name: 'reconsideration',
  unitSynonyms: ['被申请人', '被申请单位', '被申请机关', '单位'],
  table: t,
  dateField: 'receivedOn',
  fields: [
    { key: 'role', type: 'enum', options: RECONSIDERATION_ROLES, optionSet: 'reconsiderationRole', required: true, filter: true, list: true, initial: 'organ', synonyms: ['案件类别', '参加身份', '身份'] },
    { key: 'caseNumber', type: 'text', max: 60, list: true, search: true, synonyms: ['案号', '案件编号', '复议案号', '编号'] },
    { key: 'receivedOn', type: 'day', required: true, list: true, synonyms: ['收到日期', '收案日期', '申请日期', '收到申请日期'] },
    { key: 'accepted', type: 'bool', filter: true, list: true, initial: true, synonyms: ['受理', '是否受理', '受理情况'] },
    { key: 'applicant', type: 'text', max: 100, personal: 'office', synonyms: ['申请人', '申请人姓名', '申请人名称'] },
    { key: 'matter', type: 'text', required: true, max: 200, list: true, search: true, synonyms: ['申请事项', '复议事项', '案由', '事项'] },
    { key: 'infoDisclosure', type: 'bool', filter: true, synonyms: ['政府信息公开', '信息公开类', '是否信息公开'] },
    { key: 'closedOn', type: 'day', list: true, synonyms: ['审结日期', '结案日期', '决定日期'] },
    { key: 'outcome', type: 'enum', options: RECONSIDERATION_OUTCOMES, optionSet: 'reconsiderationOutcome', filter: true, list: true, synonyms: ['结果', '复议结果', '审理结果', '决定结果', '处理结果'] },
    { key: 'complied', type: 'bool', synonyms: ['决定履行', '是否履行', '履行情况'] },
    { key: 'compliedOn', type: 'day', synonyms: ['履行日期'] },
  ],
  yearOf: (v) => yearOfDay(v.receivedOn),
  rules: (v) => [
    ...rule.notBefore(v, 'closedOn', 'receivedOn', 'closedBeforeReceived'),
    ...rule.onlyIf(v, 'outcome', v.closedOn !== null, 'outcomeNeedsClosed'),
    ...rule.requiredIf(v, 'outcome', v.closedOn !== null, 'closedNeedsOutcome'),
    ...rule.onlyIf(v, 'closedOn', v.accepted === true || v.role !== 'organ', 'closedNeedsAccepted'),
    ...rule.onlyIf(v, 'complied', v.closedOn !== null, 'compliedNeedsClosed'),
    ...rule.onlyIf(v, 'compliedOn', v.complied === true, 'compliedOnNeedsComplied'),
    ...rule.notBefore(v, 'compliedOn', 'closedOn', 'compliedBeforeClosed'),
  ],
  describe: (r) => [r.caseNumber, r.matter].filter(Boolean).join(' '),
  // Decided within 60 (at most 90) days of receipt and complied with within months: the year before covers it.
  span: { before: 1, after: 0 },
  figures: [
    { key: 'received', where: (y) => and(organ, inYear(t.receivedOn, y))! },
    { key: 'accepted', where: (y) => and(organ, inYear(t.receivedOn, y), eq(t.accepted, true))! },
    { key: 'closed', where: (y) => and(organ, inYear(t.closedOn, y))! },
    { key: 'corrected', where: (y) => and(organ, inYear(t.closedOn, y), inArray(t.outcome, [...CORRECTING_OUTCOMES]))! },
    { key: 'infoDisclosure', where: (y) => and(organ, inYear(t.receivedOn, y), eq(t.infoDisclosure, true))! },
    { key: 'thirdParty', where: (y) => and(eq(t.role, 'third_party'), inYear(t.receivedOn, y))! },
    { key: 'respondentElsewhere', where: (y) => and(eq(t.role, 'respondent'), inYear(t.receivedOn, y))! },
    // Decisions the unit had to carry out (those that corrected it), and those carried out.
    { key: 'complianceDue', where: (y) => and(inYear(t.closedOn, y), inArray(t.outcome, [...CORRECTING_OUTCOMES]))! },
    { key: 'complied', where: (y) => and(inYear(t.closedOn, y), inArray(t.outcome, [...CORRECTING_OUTCOMES]), eq(t.complied, true))! },
  ],
  rates: [
    { key: 'correctionRate', numerator: 'corrected', denominator: 'closed' },
    { key: 'complianceRate', numerator: 'complied', denominator: 'complianceDue' },
  ],
});
