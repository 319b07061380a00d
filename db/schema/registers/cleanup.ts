import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from '../columns';
import { users } from '../auth';
import { day, recordColumns } from './common';
import { CLEANUP_OUTCOMES } from './enums';
import { normativeDocuments } from './documents';

/** 文件清理: a clean-up campaign the office runs (公平竞争审查清理, 产权保护 …). */
export const cleanupCampaigns = sqliteTable('cleanup_campaigns', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  year: integer('year').notNull(),
  basisNumber: text('basis_number'),
  basisTitle: text('basis_title'),
  startedOn: day('started_on'),
  createdBy: integer('created_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One document's outcome in one campaign: a document of the register, or one named by 文号 and title only. */
export const cleanupItems = sqliteTable(
  'cleanup_items',
  {
    ...recordColumns(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => cleanupCampaigns.id),
    documentId: integer('document_id').references(() => normativeDocuments.id),
    docNumber: text('doc_number').notNull(),
    docNumberKey: text('doc_number_key').notNull(),
    title: text('title').notNull(),
    outcome: text('outcome', { enum: CLEANUP_OUTCOMES }).notNull(),
    note: text('note'),
  },
  (t) => [
    index('cleanup_items_campaign_idx').on(t.campaignId, t.outcome),
    index('cleanup_items_year_idx').on(t.year, t.unitId),
    index('cleanup_items_list_idx').on(t.year, t.status, t.campaignId),
    uniqueIndex('cleanup_items_document_idx').on(t.campaignId, t.unitId, t.docNumberKey).where(sql`status = 'active'`),
  ],
);
