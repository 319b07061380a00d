import { sql } from 'drizzle-orm';
import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { day, recordColumns } from './common';
import { DOCUMENT_ISSUERS, REVIEW_OUTCOMES } from './enums';

/**
 * 规范性文件: one normative document a unit, or the city government on a unit's draft, issued.
 * `unitId` is the issuing body (制定机关), or for a government document the unit that drafted it.
 */
export const normativeDocuments = sqliteTable(
  'normative_documents',
  {
    ...recordColumns(),
    /** 文号 as written, e.g. 天政规〔2018〕1号. */
    docNumber: text('doc_number').notNull(),
    /** The number normalised (brackets and spaces unified) for uniqueness per issuer. */
    docNumberKey: text('doc_number_key').notNull(),
    title: text('title').notNull(),
    issuer: text('issuer', { enum: DOCUMENT_ISSUERS }).notNull().default('unit'),
    reviewedOn: day('reviewed_on'),
    reviewOutcome: text('review_outcome', { enum: REVIEW_OUTCOMES }),
    reviewer: text('reviewer'),
    publishedOn: day('published_on'),
    filedOn: day('filed_on'),
    filingBody: text('filing_body'),
  },
  (t) => [
    index('normative_documents_year_idx').on(t.year, t.unitId),
    // A year's list, newest first, and its count: an ordered scan of this index.
    index('normative_documents_list_idx').on(t.year, t.status, t.publishedOn),
    uniqueIndex('normative_documents_number_idx').on(t.unitId, t.issuer, t.docNumberKey).where(sql`status = 'active'`),
  ],
);
