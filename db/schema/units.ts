import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
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
