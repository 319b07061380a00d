import 'server-only';
import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { db } from '@/db/client';
import { unitsMatching } from '@/db/helpers';
import { registerVersions, units, users } from '@/db/schema';
import type { ScopedUser } from '@/lib/auth/scope';
import { parseFilter, qs, type SearchParams } from '@/lib/list/filter';
import { paginate } from '@/lib/list/paginate';
import { searchAcross } from '@/lib/list/search';
import { recordScope, seesPersonal } from './access';
import { figureWindow } from './figures';
import type { Register } from './define';

export const RECORDS_PAGE_SIZE = 50;

/** A stored record as the pages use it: its columns by property name, and its unit. */
export type RecordRow = Record<string, unknown> & { id: number; unitId: number; year: number; status: 'active' | 'archived'; version: number; unitName: string; unitCode: string };

function col(register: Register, key: string): SQLiteColumn {
  const c = getTableColumns(register.table)[key];
  if (!c) throw new Error(`${register.name}: no column ${key}`);
  return c as SQLiteColumn;
}

/** The list filters a register offers: year, unit, text search, its enum and yes/no fields, archived records, a figure's drill-down. */
export function recordFilterShape(register: Register) {
  const shape: Record<string, z.ZodType> = { year: qs.year(), unit: qs.text(), q: qs.text(), figure: qs.text(32), archived: qs.flag(), sort: qs.text(32) };
  for (const f of register.fields) {
    if (f.type === 'enum' && f.filter) shape[f.key] = qs.oneOf(f.options);
    if (f.type === 'bool' && f.filter) shape[f.key] = qs.oneOf(['1', '0']);
  }
  return shape;
}

export type RecordFilter = Record<string, string | number | boolean | undefined> & { page: number };

export function parseRecordFilter(register: Register, searchParams: SearchParams): RecordFilter {
  return parseFilter(recordFilterShape(register), searchParams) as RecordFilter;
}

/** The WHERE of a register's list for a user and a filter (the user's scope always applies). */
function listWhere(user: ScopedUser, register: Register, f: RecordFilter): SQL | undefined {
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  const figure = typeof f.figure === 'string' ? register.figures.find((x) => x.key === f.figure) : undefined;
  const conditions: (SQL | undefined)[] = [
    recordScope(user, t.unitId!),
    eq(t.status!, f.archived ? 'archived' : 'active'),
    figure && typeof f.year === 'number' ? and(figureWindow(register, f.year), figure.where(f.year)) : typeof f.year === 'number' ? eq(t.year!, f.year) : undefined,
    typeof f.unit === 'string' ? unitsMatching(t.unitId!, f.unit) : undefined,
    searchAcross(
      register.fields.filter((x) => (x.type === 'text' || x.type === 'textarea') && x.search).map((x) => col(register, x.key)),
      typeof f.q === 'string' ? f.q : undefined,
    ),
  ];
  for (const field of register.fields) {
    const v = f[field.key];
    if (v === undefined) continue;
    if (field.type === 'enum' && field.filter) conditions.push(eq(col(register, field.key), v as string));
    if (field.type === 'bool' && field.filter) conditions.push(eq(col(register, field.key), v === '1'));
  }
  return and(...conditions);
}

/** Columns a list may be sorted by: the declared list columns and the year. */
function sortOf(register: Register, sort: unknown): SQL[] {
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  const [key, dir] = typeof sort === 'string' ? sort.split(':') : [];
  const field = key ? register.fields.find((x) => x.key === key && x.list && !x.personal) : undefined;
  const by = field ? col(register, field.key) : col(register, register.dateField);
  const order = field && dir === 'asc' ? asc(by) : desc(by);
  return [order, desc(t.id!)];
}

/** Personal fields the user may not see become null, and the row says which were withheld. */
function redact(user: ScopedUser, register: Register, row: RecordRow): RecordRow & { withheld: string[] } {
  const withheld: string[] = [];
  const out = { ...row };
  for (const f of register.fields) {
    if (f.personal && !seesPersonal(user, f, row)) {
      out[f.key] = null;
      withheld.push(f.key);
    }
  }
  return { ...out, withheld };
}

/** One page of a register's records that the user may read, filtered and sorted; personal data withheld where it must be. */
export function listRecords(user: ScopedUser, register: Register, f: RecordFilter) {
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  const where = listWhere(user, register, f);
  const query = db
    .select({ ...getTableColumns(register.table), unitName: units.name, unitCode: units.code })
    .from(register.table)
    .innerJoin(units, eq(units.id, t.unitId!))
    .where(where)
    .orderBy(...sortOf(register, f.sort));
  const page = paginate(query, f.page, RECORDS_PAGE_SIZE, () => db.select({ n: sql<number>`count(*)` }).from(register.table).where(where).get()?.n ?? 0);
  return { ...page, rows: (page.rows as RecordRow[]).map((r) => redact(user, register, r)) };
}

/** Every record of the filter, for export (capped), personal data withheld as in the list. */
export function exportRecords(user: ScopedUser, register: Register, f: RecordFilter, max = 20_000) {
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  const rows = db
    .select({ ...getTableColumns(register.table), unitName: units.name, unitCode: units.code })
    .from(register.table)
    .innerJoin(units, eq(units.id, t.unitId!))
    .where(listWhere(user, register, f))
    .orderBy(...sortOf(register, f.sort))
    .limit(max)
    .all() as RecordRow[];
  return rows.map((r) => redact(user, register, r));
}

/** One record with its unit (unchecked: the page checks `recordAccess`, then shows it through `redactRecord`). */
export function getRecord(register: Register, id: number): RecordRow | undefined {
  if (!Number.isInteger(id) || id <= 0) return undefined;
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  return db
    .select({ ...getTableColumns(register.table), unitName: units.name, unitCode: units.code })
    .from(register.table)
    .innerJoin(units, eq(units.id, t.unitId!))
    .where(eq(t.id!, id))
    .get() as RecordRow | undefined;
}

export function redactRecord(user: ScopedUser, register: Register, row: RecordRow) {
  return redact(user, register, row);
}

/** A record's saved states, newest first, with who saved each; personal fields withheld as on the record. */
export function recordHistory(user: ScopedUser, register: Register, record: RecordRow) {
  const hidden = register.fields.filter((f) => f.personal && !seesPersonal(user, f, record)).map((f) => f.key);
  return db
    .select({ version: registerVersions.version, change: registerVersions.change, data: registerVersions.data, reason: registerVersions.reason, at: registerVersions.changedAt, by: users.displayName })
    .from(registerVersions)
    .leftJoin(users, eq(users.id, registerVersions.changedBy))
    .where(and(eq(registerVersions.register, register.name), eq(registerVersions.recordId, record.id)))
    .orderBy(desc(registerVersions.version), desc(registerVersions.id))
    .all()
    .map((v) => ({ ...v, data: Object.fromEntries(Object.entries(v.data).filter(([k]) => !hidden.includes(k))) }));
}
