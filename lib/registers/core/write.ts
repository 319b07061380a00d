import 'server-only';
import { and, eq, getTableColumns, ne, or } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { registerVersions, units } from '@/db/schema';
import { ActionError, ConflictError, ScopeError, defineAction } from '@/lib/auth/action';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { id, intIn, requiredText } from '@/lib/validation/fields';
import { mayWriteRecord } from './access';
import type { RecordValues, Register } from './define';
import { checkRules, fieldSchema } from './schema';

const cols = (register: Register) => getTableColumns(register.table) as Record<string, SQLiteColumn>;

/** The audit object type of a register's records. */
export const recordObjectType = (register: Register) => `register.${register.name}`;

/** The form's values of the declared fields (the parsed input without the unit, id and version). */
function fieldValues(register: Register, input: Record<string, unknown>): RecordValues {
  return Object.fromEntries(register.fields.map((f) => [f.key, (input[f.key] ?? null) as RecordValues[string]]));
}

/**
 * The unit a record is saved for. The office names it (code or name, exactly); a reporting officer
 * saves for its own unit only: naming another is refused and audited, like a forged id.
 */
export function resolveRecordUnit(tx: Tx, user: CurrentUser, named: string | undefined, objectType: string): number {
  const text = named?.trim();
  if (!can(user.role, 'register.write.all')) {
    if (text && text !== user.unitCode && text !== user.unitName) {
      const other = tx.select({ id: units.id }).from(units).where(or(eq(units.code, text.toLowerCase()), eq(units.name, text), eq(units.fullName, text))).get();
      if (other?.id !== user.unitId) throw new ScopeError(objectType, text.slice(0, 64));
    }
    return user.unitId;
  }
  if (!text) throw new ActionError({ key: 'required' }, 'unit');
  const unit = tx
    .select({ id: units.id, active: units.active })
    .from(units)
    .where(or(eq(units.code, text.toLowerCase()), eq(units.name, text), eq(units.fullName, text)))
    .get();
  if (!unit) throw new ActionError({ key: 'registers.problems.unitUnknown', values: { name: text.slice(0, 40) } }, 'unit');
  return unit.id;
}

/** Refuses a second active record with the same unique columns (a document number per issuer). */
function assertUnique(tx: Tx, register: Register, row: Record<string, unknown>, exceptId?: number) {
  if (!register.unique) return;
  const c = cols(register);
  const clash = tx
    .select({ id: c.id! })
    .from(register.table)
    .where(and(eq(c.status!, 'active'), exceptId ? ne(c.id!, exceptId) : undefined, ...register.unique.columns.map((k) => eq(c[k]!, row[k] as never))))
    .get();
  if (clash) throw new ActionError(register.unique.message, register.unique.field);
}

/** Keeps the saved state as a version, so the record's history shows every change. */
export function writeVersion(tx: Tx, register: Register, row: Record<string, unknown>, change: 'create' | 'update' | 'archive' | 'restore' | 'import', userId: number, now: Date, reason?: string) {
  const data = Object.fromEntries([...register.fields.map((f) => [f.key, row[f.key] ?? null]), ['unitId', row.unitId], ['year', row.year]]);
  tx.insert(registerVersions)
    .values({ register: register.name, recordId: row.id as number, version: row.version as number, change, data, reason: reason ?? null, changedBy: userId, changedAt: now })
    .run();
}

/** The columns a record is stored with: its fields, what the register derives from them, its unit and year. */
export function recordRow(register: Register, values: RecordValues, unitId: number) {
  const year = register.yearOf(values);
  if (year === null) throw new ActionError({ key: 'registers.problems.noYear' }, register.dateField);
  return { ...values, ...(register.derive?.(values) ?? {}), unitId, year };
}

/** Saves a new record or a correction: rules, unit, uniqueness, version check, history and audit. Shared by the form and the import. */
export function saveRecord(
  tx: Tx,
  register: Register,
  user: { id: number },
  values: RecordValues,
  unitId: number,
  now: Date,
  existing?: { id: number; version: number },
  change: 'form' | 'import' = 'form',
): Record<string, unknown> {
  const c = cols(register);
  const row = recordRow(register, values, unitId);
  assertUnique(tx, register, row, existing?.id);
  if (!existing) {
    const created = tx.insert(register.table).values({ ...row, createdBy: user.id, updatedBy: user.id }).returning().get() as Record<string, unknown>;
    writeVersion(tx, register, created, change === 'import' ? 'import' : 'create', user.id, now);
    return created;
  }
  const updated = tx
    .update(register.table)
    .set({ ...row, version: existing.version + 1, updatedBy: user.id, updatedAt: now })
    .where(and(eq(c.id!, existing.id), eq(c.version!, existing.version), eq(c.status!, 'active')))
    .returning()
    .get() as Record<string, unknown> | undefined;
  if (!updated) throw new ConflictError();
  writeVersion(tx, register, updated, change === 'import' ? 'import' : 'update', user.id, now);
  return updated;
}

/** Loads a record for a change, refusing (and auditing) one of another unit. */
function loadForChange(tx: Tx, register: Register, user: CurrentUser, recordId: number) {
  const c = cols(register);
  const row = tx.select().from(register.table).where(eq(c.id!, recordId)).get() as (Record<string, unknown> & { id: number; unitId: number; version: number; status: string }) | undefined;
  if (!row) throw new ActionError({ key: 'notFound' });
  if (!mayWriteRecord(user, row)) throw new ScopeError(recordObjectType(register), recordId);
  return row;
}

/** The form schema of a register: declared fields, the unit, and (for corrections) the id and version. */
function formSchema(register: Register, existing: boolean) {
  const shape: Record<string, z.ZodType> = { unit: z.string().trim().max(100).optional() };
  for (const f of register.fields) shape[f.key] = fieldSchema(f);
  if (existing) Object.assign(shape, { id: id(), version: intIn(1, 1_000_000_000) });
  return z.object(shape).superRefine((raw, ctx) => {
    for (const p of checkRules(register, fieldValues(register, raw))) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message.key, params: p.message.values });
  });
}

/**
 * The actions of a register, on the one action wrapper (so the authorization matrix and the bad-input
 * corpus cover them): create, correct, archive with a reason, restore. Never a hard delete.
 */
export function registerActions(register: Register) {
  const objectType = recordObjectType(register);
  return {
    create: defineAction({
      name: `${objectType}.create`,
      permission: 'register.write',
      schema: formSchema(register, false),
      run({ tx, user, input, now, audit }) {
        const unitId = resolveRecordUnit(tx, user, input.unit as string | undefined, objectType);
        const created = saveRecord(tx, register, user, fieldValues(register, input), unitId, now);
        audit({ objectType, objectId: created.id as number, after: created });
        return { redirectTo: `/registers/${register.name}/${created.id}?saved=1` };
      },
    }),
    update: defineAction({
      name: `${objectType}.update`,
      permission: 'register.write',
      schema: formSchema(register, true),
      run({ tx, user, input, now, audit }) {
        const before = loadForChange(tx, register, user, input.id as number);
        if (before.status !== 'active') throw new ActionError({ key: 'registers.problems.archived' });
        if (before.version !== input.version) throw new ConflictError();
        const unitId = resolveRecordUnit(tx, user, (input.unit as string | undefined) ?? undefined, objectType);
        const after = saveRecord(tx, register, user, fieldValues(register, input), unitId, now, before);
        audit({ objectType, objectId: before.id, before, after });
        return { message: { key: 'registers.saved' }, data: { version: after.version } };
      },
    }),
    archive: defineAction({
      name: `${objectType}.archive`,
      permission: 'register.write',
      schema: z.object({ id: id(), version: intIn(1, 1_000_000_000), reason: requiredText(200) }),
      run({ tx, user, input, now, audit }) {
        const before = loadForChange(tx, register, user, input.id);
        if (before.status !== 'active') throw new ActionError({ key: 'registers.problems.archived' });
        if (before.version !== input.version) throw new ConflictError();
        const c = cols(register);
        const after = tx
          .update(register.table)
          .set({ status: 'archived', archivedReason: input.reason, version: before.version + 1, updatedBy: user.id, updatedAt: now })
          .where(and(eq(c.id!, before.id), eq(c.version!, before.version)))
          .returning()
          .get() as Record<string, unknown>;
        writeVersion(tx, register, after, 'archive', user.id, now, input.reason);
        audit({ objectType, objectId: before.id, before: { status: before.status }, after: { status: 'archived', reason: input.reason } });
        return { message: { key: 'registers.archived' } };
      },
    }),
    restore: defineAction({
      name: `${objectType}.restore`,
      permission: 'register.write',
      schema: z.object({ id: id(), version: intIn(1, 1_000_000_000) }),
      run({ tx, user, input, now, audit }) {
        const before = loadForChange(tx, register, user, input.id);
        if (before.status !== 'archived') throw new ActionError({ key: 'registers.problems.notArchived' });
        if (before.version !== input.version) throw new ConflictError();
        const c = cols(register);
        assertUnique(tx, register, before, before.id);
        const after = tx
          .update(register.table)
          .set({ status: 'active', archivedReason: null, version: before.version + 1, updatedBy: user.id, updatedAt: now })
          .where(eq(c.id!, before.id))
          .returning()
          .get() as Record<string, unknown>;
        writeVersion(tx, register, after, 'restore', user.id, now);
        audit({ objectType, objectId: before.id, before: { status: 'archived' }, after: { status: 'active' } });
        return { message: { key: 'registers.restored' } };
      },
    }),
  };
}
