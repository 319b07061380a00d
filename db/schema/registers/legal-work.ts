import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { day, recordColumns } from './common';
import { COUNSEL_KINDS, LEGAL_REVIEW_KINDS, LEGAL_WORK_KINDS, REVIEWED_BY } from './enums';

/** 合法性审查与法律顾问: one legality review, or one piece of legal counsel work (each counts 1). */
export const legalWork = sqliteTable(
  'legal_work',
  {
    ...recordColumns(),
    kind: text('kind', { enum: LEGAL_WORK_KINDS }).notNull(),
    reviewKind: text('review_kind', { enum: LEGAL_REVIEW_KINDS }),
    counselKind: text('counsel_kind', { enum: COUNSEL_KINDS }),
    matter: text('matter').notNull(),
    doneOn: day('done_on').notNull(),
    by: text('by', { enum: REVIEWED_BY }).notNull(),
    opinion: text('opinion'),
  },
  (t) => [index('legal_work_year_idx').on(t.year, t.unitId, t.kind), index('legal_work_list_idx').on(t.year, t.status, t.doneOn)],
);
