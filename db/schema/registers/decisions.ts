import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { day, flag, recordColumns } from './common';

/**
 * 重大行政决策: one decision of the year's catalogue, with its five statutory steps (公众参与, 专家论证,
 * 风险评估, 合法性审查, 集体讨论决定), each done or not with its date, and whether a hearing was held.
 */
export const majorDecisions = sqliteTable(
  'major_decisions',
  {
    ...recordColumns(),
    matter: text('matter').notNull(),
    publicParticipation: flag('public_participation').notNull().default(false),
    publicParticipationOn: day('public_participation_on'),
    hearing: flag('hearing').notNull().default(false),
    expertReview: flag('expert_review').notNull().default(false),
    expertReviewOn: day('expert_review_on'),
    riskAssessment: flag('risk_assessment').notNull().default(false),
    riskAssessmentOn: day('risk_assessment_on'),
    legalityReview: flag('legality_review').notNull().default(false),
    legalityReviewOn: day('legality_review_on'),
    collectiveDecision: flag('collective_decision').notNull().default(false),
    collectiveDecisionOn: day('collective_decision_on'),
  },
  (t) => [index('major_decisions_year_idx').on(t.year, t.unitId), index('major_decisions_list_idx').on(t.year, t.status)],
);
