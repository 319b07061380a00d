import 'server-only';
import { and, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { defineImport, type ColumnSpec } from '@/lib/import-export/define-import';
import { loadMessages } from '@/lib/i18n/messages';
import { id as recordId } from '@/lib/validation/fields';
import type { FieldSpec, RecordValues, Register } from './define';
import { refOptions } from './refs';
import { checkRules, fieldSchema } from './schema';
import { recordObjectType, saveRecord } from './write';

type Catalog = Record<string, unknown>;
const CATALOGS = [loadMessages('zh-CN'), loadMessages('en')] as unknown as Catalog[];

function message(catalog: Catalog, key: string): string | undefined {
  const v = key.split('.').reduce<unknown>((node, part) => (node as Catalog | undefined)?.[part], catalog);
  return typeof v === 'string' ? v : undefined;
}

/** A column's headers: its label in both languages and the register's synonyms for it. */
function headers(register: Register, key: string, extra: readonly string[] = []): string[] {
  const labels = CATALOGS.map((c) => message(c, key === 'unit' ? `registers.${register.name}.unit` : `registers.${register.name}.fields.${key}`));
  return [...new Set([...labels.filter((l): l is string => !!l), ...extra])];
}

/** The record number column an export carries, so that importing the export again changes nothing. */
const ID_HEADERS = ['记录编号', 'Record no.'];

function columnType(f: FieldSpec): ColumnSpec['type'] {
  switch (f.type) {
    case 'day':
      return 'day';
    case 'bool':
      return 'yesNo';
    case 'int':
      return 'number';
    default:
      return 'text';
  }
}

/** An option cell as offices type it: the value, or its label in either language (“修改后通过”, “Passed”). */
function optionReader(f: Extract<FieldSpec, { type: 'enum' }>) {
  const byText = new Map<string, string>();
  for (const value of f.options) {
    byText.set(value.toLowerCase(), value);
    for (const c of CATALOGS) {
      const label = message(c, `registers.options.${f.optionSet}.${value}`);
      if (label) byText.set(label.toLowerCase(), value);
    }
  }
  return (v: unknown) => (typeof v === 'string' && v.trim() ? (byText.get(v.trim().toLowerCase()) ?? v) : v);
}

/** A referenced record named in a cell by its label (“2018 · 公平竞争审查清理”) or its name alone. */
function refReader(f: Extract<FieldSpec, { type: 'ref' }>) {
  return (v: unknown) => {
    if (typeof v !== 'string' || !v.trim()) return v;
    const text = v.trim();
    const options = refOptions(f.ref);
    const found = options.find((o) => o.label === text) ?? options.find((o) => o.label.endsWith(` · ${text}`));
    return found ? found.value : v;
  };
}

/** The identity of a row: the record number when the sheet has one, else the register's natural key, else the row itself. */
function rowKey(register: Register, row: RecordValues & { id?: number | null; unit: number }): string {
  if (register.unique) {
    const derived = { ...row, unitId: row.unit, ...(register.derive?.(row) ?? {}) } as Record<string, unknown>;
    return `key:${register.unique.columns.map((c) => String(derived[c] ?? '')).join('|')}`;
  }
  if (typeof row.id === 'number') return `#${row.id}`;
  return `row:${JSON.stringify(register.fields.map((f) => row[f.key] ?? null))}|${row.unit}`;
}

/**
 * A register's spreadsheet import, from its declaration: one column per field (its labels in both
 * languages and the register's synonyms as headers), the unit by name, options by their labels,
 * yes/no as offices write it, the same rules as the form, and a row matched to an existing record
 * by its record number or natural key, so that importing an export changes nothing.
 */
export function registerImport(register: Register) {
  const shape: Record<string, z.ZodType> = {
    id: z.preprocess((v) => (v === '' || v === null ? undefined : v), recordId().optional()).transform((v) => v ?? null),
    unit: z.preprocess((v) => (v === '' ? undefined : v), z.number({ message: 'v.required' }).int().positive()),
  };
  const columns: Record<string, ColumnSpec> = {
    id: { headers: ID_HEADERS, type: 'number', identity: true },
    unit: { headers: headers(register, 'unit', register.unitSynonyms ?? []), type: 'unit', required: true },
  };
  for (const f of register.fields) {
    // A field with an initial value (发文机关: 本单位; 案件类别: 复议机关) need not be a column: a sheet without it, or a blank cell, means that value.
    const initial = f.initial;
    columns[f.key] = { headers: headers(register, f.key, f.synonyms), type: columnType(f), required: !!f.required && f.type !== 'bool' && initial === undefined };
    const base = fieldSchema(f);
    const read = f.type === 'enum' ? z.preprocess(optionReader(f), base) : f.type === 'ref' ? z.preprocess(refReader(f), base) : base;
    shape[f.key] = initial === undefined ? read : z.preprocess((v) => (v === undefined || v === null || v === '' ? initial : v), read);
  }
  type Row = RecordValues & { id: number | null; unit: number };
  const schema = z.object(shape).superRefine((raw, ctx) => {
    for (const p of checkRules(register, raw as RecordValues)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message.key, params: p.message.values });
  }) as unknown as z.ZodType<Row>;
  const t = getTableColumns(register.table) as Record<string, SQLiteColumn>;
  const objectType = recordObjectType(register);
  const values = (row: Row): RecordValues => Object.fromEntries(register.fields.map((f) => [f.key, row[f.key] ?? null]));

  const matchable = (rows: readonly Row[]): SQL => {
    const years = [...new Set(rows.map((r) => register.yearOf(r)).filter((y): y is number => y !== null))];
    const ids = rows.flatMap((r) => (typeof r.id === 'number' ? [r.id] : []));
    const keyColumn = register.unique?.columns.at(-1);
    const keys = keyColumn ? [...new Set(rows.map((r) => (register.derive?.(r) ?? {})[keyColumn] ?? r[keyColumn]).filter((v): v is string => typeof v === 'string'))] : [];
    const found = [years.length ? inArray(t.year!, years) : undefined, ids.length ? inArray(t.id!, ids) : undefined, keyColumn && keys.length ? inArray(t[keyColumn]!, keys) : undefined];
    return or(...found) ?? sql`0`;
  };

  return defineImport({
    kind: `register.${register.name}`,
    scope: z.object({}),
    columns,
    schema,
    key: (row) => rowKey(register, row),
    // Only the records the file's rows can match: those of the rows' years, of the record numbers the
    // sheet carries, and of its natural keys (a corrected date may move a record to another year).
    load: ({ tx }, rows) =>
      (tx.select().from(register.table).where(and(eq(t.status!, 'active'), matchable(rows))).all() as Record<string, unknown>[]).map(
        (r) => ({ ...Object.fromEntries(register.fields.map((f) => [f.key, r[f.key] ?? null])), id: r.id as number, unit: r.unitId as number, version: r.version as number }) as Row & { id: number; version: number },
      ),
    create(ctx, row) {
      const created = saveRecord(ctx.tx, register, { id: ctx.userId }, values(row), row.unit, ctx.now, undefined, 'import');
      ctx.audit({ objectType, objectId: created.id as number, after: created });
    },
    update(ctx, before, row) {
      const existing = before as Row & { id: number; version: number };
      const after = saveRecord(ctx.tx, register, { id: ctx.userId }, values(row), row.unit, ctx.now, existing, 'import');
      ctx.audit({ objectType, objectId: existing.id, before, after });
    },
  });
}
