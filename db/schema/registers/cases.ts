import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { day, flag, recordColumns } from './common';
import { LITIGATION_OUTCOMES, RECONSIDERATION_OUTCOMES, RECONSIDERATION_ROLES } from './enums';

/**
 * 行政复议: one case. `role` says whose case it is: the city's own (as 复议机关), or a higher body's in
 * which the city or a unit took part as 第三人 or 被申请人. `unitId` is the 被申请人 (or the taking part unit).
 * The applicant is personal data: shown to the office only.
 */
export const reconsiderationCases = sqliteTable(
  'reconsideration_cases',
  {
    ...recordColumns(),
    role: text('role', { enum: RECONSIDERATION_ROLES }).notNull().default('organ'),
    caseNumber: text('case_number'),
    receivedOn: day('received_on').notNull(),
    accepted: flag('accepted').notNull().default(true),
    applicant: text('applicant'),
    matter: text('matter').notNull(),
    infoDisclosure: flag('info_disclosure').notNull().default(false),
    closedOn: day('closed_on'),
    outcome: text('outcome', { enum: RECONSIDERATION_OUTCOMES }),
    complied: flag('complied'),
    compliedOn: day('complied_on'),
  },
  (t) => [index('reconsideration_cases_year_idx').on(t.year, t.unitId), index('reconsideration_cases_list_idx').on(t.year, t.status, t.receivedOn)],
);

/** 行政应诉: one first-instance case in which a unit is the defendant (被告). */
export const litigationCases = sqliteTable(
  'litigation_cases',
  {
    ...recordColumns(),
    caseNumber: text('case_number').notNull(),
    court: text('court').notNull(),
    filedOn: day('filed_on').notNull(),
    matter: text('matter'),
    hearingOn: day('hearing_on'),
    leaderAppeared: flag('leader_appeared').notNull().default(false),
    leaderName: text('leader_name'),
    leaderPost: text('leader_post'),
    closedOn: day('closed_on'),
    outcome: text('outcome', { enum: LITIGATION_OUTCOMES }),
    judicialSuggestion: flag('judicial_suggestion').notNull().default(false),
    suggestionRepliedOn: day('suggestion_replied_on'),
  },
  (t) => [index('litigation_cases_year_idx').on(t.year, t.unitId), index('litigation_cases_list_idx').on(t.year, t.status, t.filedOn)],
);
