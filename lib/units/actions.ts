'use server';

import { and, eq, ne, or } from 'drizzle-orm';
import { units } from '@/db/schema';
import type { Tx } from '@/db/client';
import { findOrThrow, nextSortOrder, updateVersioned } from '@/lib/actions/crud';
import { FieldErrors, defineAction } from '@/lib/auth/action';
import { importActions } from '@/lib/import-export/import-actions';
import type { MessageRef } from '@/lib/validation/issues';
import { unitContactsImport } from './contacts-import';
import { createUnitSchema, updateUnitSchema } from './validation';

/** Codes and names are unique: each one taken is refused on its own field. */
function assertUnique(tx: Tx, code: string, name: string, exceptId?: number) {
  const clashes = tx
    .select({ code: units.code, name: units.name })
    .from(units)
    .where(and(or(eq(units.code, code), eq(units.name, name)), exceptId ? ne(units.id, exceptId) : undefined))
    .all();
  const fields: Record<string, MessageRef> = {};
  if (clashes.some((c) => c.code === code)) fields.code = { key: 'unitCodeTaken' };
  if (clashes.some((c) => c.name === name)) fields.name = { key: 'unitNameTaken' };
  if (Object.keys(fields).length) throw new FieldErrors(fields);
}

/** Adds a unit to the roster, at the end. */
export const createUnitAction = defineAction({
  name: 'unit.create',
  permission: 'unit.manage',
  schema: createUnitSchema,
  run({ tx, input, audit }) {
    assertUnique(tx, input.code, input.name);
    const created = tx
      .insert(units)
      .values({ ...input, sortOrder: nextSortOrder(tx, units.sortOrder) })
      .returning()
      .get();
    audit({ objectType: 'unit', objectId: created.id, after: created });
    return { redirectTo: `/admin/units/${created.id}?created=1` };
  },
});

/** Edits a unit (a second admin saving a form loaded before the first one's save is told); deactivating keeps its history and accounts but hides it from pickers. */
export const updateUnitAction = defineAction({
  name: 'unit.update',
  permission: 'unit.manage',
  schema: updateUnitSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, units, input.id);
    assertUnique(tx, input.code, input.name, input.id);
    const { id, version, ...fields } = input;
    const after = updateVersioned(tx, units, { id, version }, fields, now);
    audit({ objectType: 'unit', objectId: id, before, after });
  },
});

const contacts = importActions(unitContactsImport, {
  name: 'unit.contacts-import',
  permission: 'unit.manage',
  jobPath: (jobId) => `/admin/units/contacts/import/${jobId}`,
  problems: 'admin.contactsImport.problems',
});

/** Reads an uploaded sheet of unit contacts and keeps it for the preview; nothing is written to the units yet. */
export const previewUnitContactsImportAction = contacts.preview;

/** Writes a previewed sheet of unit contacts, every changed unit or none, each audited with before and after. */
export const applyUnitContactsImportAction = contacts.apply;
