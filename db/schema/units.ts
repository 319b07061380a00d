import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';

import { UNIT_GROUPS, UNIT_KINDS } from './enums';

export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Short ASCII code, used in URLs and as the demo reporting officer's user name. */
    code: text('code').notNull().unique(),
    name: text('name').notNull().unique(),
    fullName: text('full_name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    group: text('group', { enum: UNIT_GROUPS }).notNull(),
    enforcement: integer('enforcement', { mode: 'boolean' }).notNull().default(false),
    /** Issues normative documents (规范性文件制定机关): taken into the 'issuer' group duty. */
    issuesDocuments: integer('issues_documents', { mode: 'boolean' }).notNull().default(false),
    /** Who the office calls when chasing (联系人) and their phone. */
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('units_group_idx').on(t.group, t.sortOrder)],
);

export type Unit = typeof units.$inferSelect;

/**
 * Other names a unit is known by (former names, full names of merged bodies, common abbreviations):
 * every import matches them like the unit's own name and full name.
 */
export const unitAliases = sqliteTable(
  'unit_aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    alias: text('alias').notNull().unique(),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('unit_aliases_unit_idx').on(t.unitId)],
);

/** A saved list of units (e.g. 行政审批相关单位), which a group duty can be given to. */
export const unitLists = sqliteTable('unit_lists', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  nameEn: text('name_en'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const unitListMembers = sqliteTable(
  'unit_list_members',
  {
    listId: integer('list_id')
      .notNull()
      .references(() => unitLists.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.listId, t.unitId] }), index('unit_list_members_unit_idx').on(t.unitId)],
);

export type UnitAlias = typeof unitAliases.$inferSelect;
export type UnitList = typeof unitLists.$inferSelect;
