'use server';

import { and, eq, max, ne, or } from 'drizzle-orm';
import { units } from '@/db/schema';
import type { Tx } from '@/db/client';
import { ActionError, defineAction } from '@/lib/auth/action';
import { createUnitSchema, updateUnitSchema } from './validation';

function assertUnique(tx: Tx, code: string, name: string, exceptId?: number) {
  const clash = tx
    .select({ code: units.code, name: units.name })
    .from(units)
    .where(and(or(eq(units.code, code), eq(units.name, name)), exceptId ? ne(units.id, exceptId) : undefined))
    .get();
  if (clash?.code === code) throw new ActionError({ key: 'unitCodeTaken' }, 'code');
  if (clash) throw new ActionError({ key: 'unitNameTaken' }, 'name');
}

/** Adds a unit to the roster, at the end. */
export const createUnitAction = defineAction({
  name: 'unit.create',
  permission: 'unit.manage',
  schema: createUnitSchema,
  run({ tx, input, audit }) {
    assertUnique(tx, input.code, input.name);
    const last = tx.select({ sortOrder: max(units.sortOrder) }).from(units).get();
    const created = tx.insert(units).values({ ...input, sortOrder: (last?.sortOrder ?? 0) + 1 }).returning().get();
    audit({ objectType: 'unit', objectId: created.id, after: created });
    return { redirectTo: `/admin/units/${created.id}?created=1` };
  },
});

/** Edits a unit; deactivating keeps its history and accounts but hides it from pickers. */
export const updateUnitAction = defineAction({
  name: 'unit.update',
  permission: 'unit.manage',
  schema: updateUnitSchema,
  run({ tx, input, audit, now }) {
    const before = tx.select().from(units).where(eq(units.id, input.id)).get();
    if (!before) throw new ActionError({ key: 'notFound' });
    assertUnique(tx, input.code, input.name, input.id);
    const { id, ...fields } = input;
    const after = tx.update(units).set({ ...fields, updatedAt: now }).where(eq(units.id, id)).returning().get();
    audit({ objectType: 'unit', objectId: id, before, after });
  },
});
