import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { units } from '@/db/schema';
import { defineImport } from '@/lib/import-export/define-import';
import { optionalPhone, optionalText } from '@/lib/validation/fields';
import type { TableColumn, TableValue } from '@/lib/xlsx/write';

/**
 * The units' contact persons and phones as a sheet: the admin downloads the roster (单位代码, 单位名称,
 * 联系人, 联系电话), fills it in and uploads it back. A row names its unit by code or by name (full or
 * short); a blank contact cell clears the contact, as the unit form does.
 */

/** Header texts the import recognises; the export writes the first (zh) or second (en) of each. */
export const CONTACT_HEADERS = {
  code: ['单位代码', 'Unit code', '代码'],
  name: ['单位名称', 'Unit name', '单位', '单位全称', '单位简称', 'Unit'],
  contactName: ['联系人', 'Contact person', '联系人姓名', 'Contact'],
  contactPhone: ['联系电话', 'Contact phone', '电话', '联系人电话', '手机', 'Phone'],
} as const;

/** A unit cell as the machinery gives it: the matched unit's id, or '' (blank, or unknown and already reported). */
const unitCell = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.number().int().positive().optional());

const schema = z
  .object({ code: unitCell, name: unitCell, contactName: optionalText(32), contactPhone: optionalPhone() })
  .superRefine((row, ctx) => {
    if (row.code === undefined && row.name === undefined) ctx.addIssue({ code: 'custom', path: ['code'], message: 'admin.contactsImport.noUnit' });
    else if (row.code !== undefined && row.name !== undefined && row.code !== row.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'admin.contactsImport.unitMismatch' });
  })
  .transform((row) => {
    const unit = (row.code ?? row.name)!;
    // Both unit columns carry the unit (they are identity columns: never a change).
    return { unit, code: unit, name: unit, contactName: row.contactName, contactPhone: row.contactPhone };
  });

const base = defineImport({
  kind: 'unit.contacts',
  scope: z.object({}),
  columns: {
    code: { headers: CONTACT_HEADERS.code, type: 'unit', identity: true },
    name: { headers: CONTACT_HEADERS.name, type: 'unit', identity: true },
    contactName: { headers: CONTACT_HEADERS.contactName, required: true },
    contactPhone: { headers: CONTACT_HEADERS.contactPhone, required: true },
  },
  schema,
  key: (row) => String(row.unit),
  // Every unit a row can name exists (the matcher found it), so no row ever creates one.
  load: ({ tx }) =>
    tx
      .select({ id: units.id, contactName: units.contactName, contactPhone: units.contactPhone })
      .from(units)
      .all()
      .map((u) => ({ ...u, unit: u.id, code: u.id, name: u.id })),
  create: () => {
    throw new Error('a contacts import never creates a unit');
  },
  update(ctx, before, row) {
    const old = ctx.tx.select().from(units).where(eq(units.id, before.id)).get()!;
    const after = ctx.tx
      .update(units)
      .set({ contactName: row.contactName, contactPhone: row.contactPhone, updatedAt: ctx.now })
      .where(eq(units.id, before.id))
      .returning()
      .get();
    ctx.audit({ objectType: 'unit', objectId: before.id, before: old, after });
  },
});

/**
 * The import of the units' contacts. Two rows for one unit are refused on the second, naming the unit
 * (the machinery's key is the unit's id, which nobody reads).
 */
export const unitContactsImport: typeof base = {
  ...base,
  preview(rows, ctx) {
    const preview = base.preview(rows, ctx);
    return {
      ...preview,
      rows: preview.rows.map((r) => ({
        ...r,
        errors: r.errors.map((e) =>
          e.message.key === 'importer.errors.duplicateKey' && r.key !== null
            ? { ...e, message: { key: 'admin.contactsImport.duplicateUnit', values: { unit: ctx.unitName(Number(r.key)) ?? r.key, firstRow: e.message.values?.firstRow ?? '' } } }
            : e,
        ),
      })),
    };
  },
};

type T = (key: string, values?: Record<string, string | number>) => string;

/** Every unit's code, name and contact, in roster order, as `contactsSheet` writes them. */
export type ContactSheetRow = { code: string; name: string; contactName: string | null; contactPhone: string | null };

/** The units' contacts as the sheet the import reads back unchanged. */
export function contactsSheet(rows: ContactSheetRow[], t: T): { columns: TableColumn[]; rows: TableValue[][] } {
  return {
    columns: [
      { header: t('admin.contactsImport.columns.code'), width: 14 },
      { header: t('admin.contactsImport.columns.name'), width: 24 },
      { header: t('admin.contactsImport.columns.contactName'), width: 14 },
      { header: t('admin.contactsImport.columns.contactPhone'), width: 22 },
    ],
    rows: rows.map((u) => [u.code, u.name, u.contactName, u.contactPhone]),
  };
}
