/**
 * One machinery for every spreadsheet import: parse → preview → fingerprint → apply.
 *
 * - parse: the upload passes the guards (size, zip bomb, row count), the first sheet with a header
 *   the declaration recognises is read below any title rows, header synonyms in any width or case;
 * - preview: each row is compared with the data as it is now: create, update, unchanged or error,
 *   with messages naming the row and the field (unknown units come with suggestions);
 * - fingerprint: what the user saw, with the file's hash; apply refuses when either changed;
 * - apply: every row or none, in one transaction, each write audited (see import-actions.ts).
 *
 * A register declares its import in one place; the machinery does the rest:
 *
 * @example
 * export const litigationImport = defineImport({
 *   kind: 'litigation',
 *   scope: z.object({}), // what the upload form adds (the assignment table: the plan)
 *   columns: {
 *     caseNo: { headers: ['案号', '案件编号', 'Case no.'], required: true },
 *     unitId: { headers: ['被告', '被告单位', 'Defendant'], type: 'unit', required: true },
 *     filedOn: { headers: ['立案日期', '立案时间', 'Filed on'], type: 'day' },
 *     hearingOn: { headers: ['开庭日期', 'Hearing'], type: 'day' },
 *     headAppeared: { headers: ['负责人出庭', '出庭负责人', 'Head appeared'], type: 'yesNo' },
 *   },
 *   schema: litigationSchema, // the form's zod schema, cross-field rules (refine with a path) included
 *   key: (row) => row.caseNo,
 *   load: ({ tx }) => listLitigationForImport(tx), // existing records with their id, as rows
 *   create: (ctx, row) => createLitigation(ctx, row),
 *   update: (ctx, before, row) => updateLitigation(ctx, before, row),
 * });
 */
import { createHash } from 'node:crypto';
import type { Worksheet } from 'exceljs';
import type { z } from 'zod';
import type { DB, Tx } from '@/db/client';
import type { AuditEntry } from '@/lib/audit/log';
import type { CurrentUser } from '@/lib/auth/session';
import { PARSE_OPTIONS, fieldIssues, type MessageRef } from '@/lib/validation/issues';
import { cellDay, cellNumber, cellYesNo, findHeader, readCell, splitList, worksheetHasContent, type ColumnMap, type HeaderFound } from '@/lib/xlsx/cells';
import { XLSX_LIMITS, openWorkbook, type WorkbookProblem, type XlsxLimits } from '@/lib/xlsx/guard';
import type { UnitMatch } from './unit-matcher';

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';

export type ReadResult<Row> =
  | { ok: true; rows: Row[]; sheetName: string; headerRow: number }
  | { ok: false; problem: WorkbookProblem };

/** What the machinery needs of any preview; an import's own rows may carry more. */
export interface PreviewShape {
  rows: readonly { rowNumber: number; action: RowAction }[];
  summary: Record<RowAction, number>;
  /** No row has an error and there is at least one row. */
  canApply: boolean;
}

export interface PreviewContext<Scope> {
  tx: DB | Tx;
  /** What the upload applies to (a plan, a year), as the upload form chose and the import checked. */
  scope: Scope;
  user: Pick<CurrentUser, 'id' | 'role' | 'unitId'>;
  /** A unit by its full or short name or code; unknown names come with suggestions. */
  matchUnit: (raw: string) => UnitMatch;
  unitName: (id: number) => string | undefined;
}

export interface ApplyContext<Scope> extends PreviewContext<Scope> {
  tx: Tx;
  userId: number;
  now: Date;
  audit: (entry: Omit<AuditEntry, 'action'> & { action?: string }) => void;
  fileName: string;
  t: (key: string, values?: Record<string, string | number>) => string;
}

/** Rows created and updated, and anything else worth auditing (tasks created along the way). */
export interface ApplyCounts {
  create: number;
  update: number;
  [other: string]: number;
}

/** The upload form's fields besides the file, as one zod object (so the form's field errors name them). */
export type ScopeSchema<Scope> = z.ZodObject & z.ZodType<Scope>;

/** A problem with a row: the field it concerns (a column key; null for the row as a whole) and the message. */
export interface RowIssue {
  field: string | null;
  message: MessageRef;
}

export interface ImportDefinition<Row, Preview extends PreviewShape, Scope> {
  kind: string;
  /** The upload form's fields that say what the file applies to. */
  scope: ScopeSchema<Scope>;
  /** Refuses a scope the data does not allow (a plan that does not exist), naming the form field. */
  checkScope?: (ctx: Omit<PreviewContext<Scope>, 'matchUnit' | 'unitName'>) => RowIssue | null;
  read(data: Uint8Array, limits?: Partial<XlsxLimits>): Promise<ReadResult<Row>>;
  preview(rows: readonly Row[], ctx: PreviewContext<Scope>): Preview;
  /** Runs inside the caller's transaction, after the fingerprint matched and the preview can apply. */
  apply(ctx: ApplyContext<Scope>, preview: Preview): ApplyCounts;
}

/**
 * Apply refuses unless this matches the preview's: a digest of the file and of everything the
 * preview showed, so a change to either (another upload, someone editing the data) is caught.
 */
export function fingerprint(fileSha256: string, preview: PreviewShape): string {
  return createHash('sha256').update(fileSha256).update(JSON.stringify(preview)).digest('hex');
}

export function summarize(rows: readonly { action: RowAction }[]): Pick<PreviewShape, 'summary' | 'canApply'> {
  const summary = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) summary[row.action]++;
  return { summary, canApply: rows.length > 0 && summary.error === 0 };
}

/** How a sheet is recognised and read: the header's columns, which of them make a header, and the rows. */
export interface SheetFormat<K extends string, Row> {
  /** Column key → header texts naming it, zh and en. */
  columns: Record<K, readonly string[]>;
  /** Is a row with these columns the header? */
  accept: (columns: ColumnMap<K>) => boolean;
  /** The rows below the header, or null past `maxRows` rows. */
  readRows: (ws: Worksheet, header: HeaderFound<K>, maxRows: number) => Row[] | null;
}

/**
 * Opens the upload behind the guards and reads the first sheet whose header the format accepts;
 * a cover or notes sheet before it is passed over. Problems come back as codes.
 */
export async function readWorkbook<K extends string, Row>(data: Uint8Array, format: SheetFormat<K, Row>, limits?: Partial<XlsxLimits>): Promise<ReadResult<Row>> {
  const { maxRows, ...guards } = { ...XLSX_LIMITS, ...limits };
  const opened = await openWorkbook(data, guards);
  if (!opened.ok) return opened;
  let sawContent = false;
  for (const ws of opened.workbook.worksheets) {
    if (!worksheetHasContent(ws)) continue;
    sawContent = true;
    const header = findHeader(ws, format.columns, format.accept);
    if (!header) continue;
    const rows = format.readRows(ws, header, maxRows);
    if (!rows) return { ok: false, problem: 'tooManyRows' };
    return { ok: true, rows, sheetName: ws.name, headerRow: header.headerRow };
  }
  return { ok: false, problem: sawContent ? 'noHeader' : 'empty' };
}

// ---------------------------------------------------------------------------
// Declarations

interface ImportBase<SS extends z.ZodObject> {
  kind: string;
  /** The upload form's fields saying what the file applies to (a plan; for a register often none). */
  scope: SS;
  checkScope?: (ctx: Omit<PreviewContext<z.output<SS>>, 'matchUnit' | 'unitName'>) => RowIssue | null;
}

/** An import with its own reading and comparing (the assignment table: task headings, derived codes, unit roles). */
export interface CustomImportDef<K extends string, Row, Preview extends PreviewShape, SS extends z.ZodObject> extends SheetFormat<K, Row>, ImportBase<SS> {
  preview: (rows: readonly Row[], ctx: PreviewContext<z.output<SS>>) => Preview;
  apply: (ctx: ApplyContext<z.output<SS>>, preview: Preview) => ApplyCounts;
}

// A register's import: one record per row, typed columns, a zod schema, matched by a key.

export interface ColumnSpec {
  /** Header texts naming the column, zh and en; matched in any width, spacing or case, ignoring a trailing (…) note. */
  headers: readonly string[];
  /**
   * What the schema receives for a cell (a blank cell is always ''): text (trimmed, the default);
   * day: YYYY-MM-DD from a date cell, an Excel serial or date text (else the text, for the schema to
   * refuse); number; yesNo (是/否, √/×, yes/no …); unit: the unit's id, from its full or short name;
   * units: a list of unit ids from one cell.
   */
  type?: 'text' | 'day' | 'number' | 'yesNo' | 'unit' | 'units';
  /** A sheet is recognised only with this column in its header. */
  required?: boolean;
  /** The record number an export carries: rows are matched by it, it is never a change (a sheet without it changes nothing). */
  identity?: boolean;
}

/** A cell as read for the schema: JSON, so the rows keep in the import job between preview and apply. */
export type CellInput = string | number | boolean | string[];

export interface RecordRow<K extends string> {
  rowNumber: number;
  cells: Record<K, CellInput>;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface RecordPreviewRow<Row> {
  rowNumber: number;
  key: string | null;
  action: RowAction;
  /** The existing record the row updates or leaves. */
  recordId: number | null;
  /** The row as the schema parsed it; null when it has errors. */
  values: Row | null;
  changes: FieldChange[];
  errors: RowIssue[];
}

export interface RecordPreview<Row> extends PreviewShape {
  rows: RecordPreviewRow<Row>[];
}

export interface RecordImportDef<K extends string, S extends z.ZodType, SS extends z.ZodObject, Scope = z.output<SS>> extends ImportBase<SS> {
  columns: Record<K, ColumnSpec>;
  /** Parses a row's cells (by column key); its issues, with their path, name the field. */
  schema: S;
  /** The identity a row is matched by against existing records (案号; 制定机关 + 文号). */
  key: (row: z.output<S>) => string;
  /**
   * The existing records a file is compared with: the same fields as a parsed row, and the id. `rows`
   * are the file's rows that parsed: a large register loads only the records they can match.
   */
  load: (ctx: PreviewContext<Scope>, rows: readonly z.output<S>[]) => (z.output<S> & { id: number })[];
  /** Rules that need the data (a 文号 unique per issuing body, a unit user's own unit only). */
  rules?: (row: z.output<S>, ctx: PreviewContext<Scope>) => RowIssue[];
  create: (ctx: ApplyContext<Scope>, row: z.output<S>) => void;
  update: (ctx: ApplyContext<Scope>, before: z.output<S> & { id: number }, row: z.output<S>) => void;
}

const NOTE_RE = /^(注|备注|说明)\s*[:：]/;

function cellInput(type: ColumnSpec['type'], cell: ReturnType<typeof readCell>): CellInput {
  const text = cell.text.trim();
  switch (type) {
    case 'day':
      return cellDay(cell) ?? text;
    case 'number':
      return cellNumber(cell) ?? text;
    case 'yesNo':
      return cellYesNo(cell) ?? text;
    case 'units':
      return splitList(cell.text)
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return text;
  }
}

function readRecordRows<K extends string>(columns: Record<K, ColumnSpec>) {
  return (ws: Worksheet, header: HeaderFound<K>, maxRows: number): RecordRow<K>[] | null => {
    const keys = Object.keys(columns) as K[];
    const rows: RecordRow<K>[] = [];
    for (let r = header.headerRow + 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      if (!row?.hasValues) continue;
      const cells = {} as Record<K, CellInput>;
      const texts: string[] = [];
      for (const key of keys) {
        const cell = readCell(row, header.columns[key]);
        cells[key] = cellInput(columns[key].type, cell);
        if (cell.text.trim()) texts.push(cell.text.trim());
      }
      // Blank rows, and a closing note (注：…) in a row of its own.
      if (texts.length === 0 || (texts.length === 1 && NOTE_RE.test(texts[0]!))) continue;
      if (rows.length >= maxRows) return null;
      rows.push({ rowNumber: r, cells });
    }
    return rows;
  };
}

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);

function recordPreview<K extends string, S extends z.ZodType, SS extends z.ZodObject, Scope>(def: RecordImportDef<K, S, SS, Scope>) {
  type Row = z.output<S>;
  const keys = Object.keys(def.columns) as K[];
  return (rows: readonly RecordRow<K>[], ctx: PreviewContext<Scope>): RecordPreview<Row> => {
    const firstRow = new Map<string, number>();
    const shown = (field: K, v: unknown) => {
      const type = def.columns[field].type;
      if (type === 'unit' && typeof v === 'number') return ctx.unitName(v) ?? v;
      if (type === 'units' && Array.isArray(v)) return v.map((id: number) => ctx.unitName(id) ?? id);
      return v ?? null;
    };

    // First each row on its own (cells, units, schema, rules, duplicates), then against the records they can match.
    const checked = rows.map((row) => {
      const errors: RowIssue[] = [];
      const input: Record<string, unknown> = { ...row.cells };
      for (const field of keys) {
        const type = def.columns[field].type;
        if (type !== 'unit' && type !== 'units') continue;
        const names = type === 'unit' ? [row.cells[field] as string].filter(Boolean) : (row.cells[field] as string[]);
        const ids: number[] = [];
        for (const name of names) {
          const match = ctx.matchUnit(name);
          if (match.ok) ids.push(match.unit.id);
          else
            errors.push({
              field,
              message: match.suggestions.length
                ? { key: 'importer.errors.unknownUnitSuggest', values: { input: match.input, list: match.suggestions.join('、') } }
                : { key: 'importer.errors.unknownUnit', values: { input: match.input } },
            });
        }
        input[field] = type === 'unit' ? (ids[0] ?? '') : ids;
      }

      let values: Row | null = null;
      const parsed = def.schema.safeParse(input, PARSE_OPTIONS);
      if (parsed.success) values = parsed.data as Row;
      else {
        for (const [field, message] of Object.entries(fieldIssues(parsed.error))) {
          // One message per field: an unknown unit says more than "required".
          if (!errors.some((e) => e.field === field)) errors.push({ field: field === '_form' ? null : field, message });
        }
      }
      if (values) errors.push(...(def.rules?.(values, ctx) ?? []));

      const key = values ? def.key(values) : null;
      if (key !== null) {
        const first = firstRow.get(key);
        if (first === undefined) firstRow.set(key, row.rowNumber);
        else errors.push({ field: null, message: { key: 'importer.errors.duplicateKey', values: { key, firstRow: first } } });
      }
      return { row, errors, values, key };
    });
    const existing = new Map(def.load(ctx, checked.flatMap((c) => (c.values ? [c.values] : []))).map((r) => [def.key(r), r]));
    const preview = checked.map(({ row, errors, values, key }): RecordPreviewRow<Row> => {
      const record = key !== null ? existing.get(key) : undefined;
      const changes: FieldChange[] = [];
      if (values) {
        for (const field of keys) {
          if (def.columns[field].identity) continue;
          const to = (values as Record<string, unknown>)[field];
          const from = record ? (record as Record<string, unknown>)[field] : null;
          if (!same(from, to)) changes.push({ field, from: shown(field, from), to: shown(field, to) });
        }
      }
      const action: RowAction = errors.length > 0 ? 'error' : !record ? 'create' : changes.length > 0 ? 'update' : 'unchanged';
      return { rowNumber: row.rowNumber, key, action, recordId: record?.id ?? null, values: errors.length ? null : values, changes, errors };
    });
    return { rows: preview, ...summarize(preview) };
  };
}

function recordApply<K extends string, S extends z.ZodType, SS extends z.ZodObject, Scope>(def: RecordImportDef<K, S, SS, Scope>) {
  return (ctx: ApplyContext<Scope>, preview: RecordPreview<z.output<S>>): ApplyCounts => {
    const existing = new Map(def.load(ctx, preview.rows.flatMap((r) => (r.values ? [r.values] : []))).map((r) => [def.key(r), r]));
    const counts = { create: 0, update: 0 };
    for (const row of preview.rows) {
      if (row.action === 'create') {
        def.create(ctx, row.values!);
        counts.create++;
      } else if (row.action === 'update') {
        def.update(ctx, existing.get(row.key!)!, row.values!);
        counts.update++;
      }
    }
    return counts;
  };
}

/**
 * Declares an import. A register gives its columns, schema, key, and how to load, create and update
 * records (see the example above); an import with a structure of its own (the assignment table)
 * gives `readRows`, `preview` and `apply` instead. Either way the result plugs into
 * `importActions` and the import job pages.
 */
export function defineImport<K extends string, S extends z.ZodType, SS extends z.ZodObject>(
  def: RecordImportDef<K, S, SS>,
): ImportDefinition<RecordRow<K>, RecordPreview<z.output<S>>, z.output<SS>>;
export function defineImport<K extends string, Row, Preview extends PreviewShape, SS extends z.ZodObject>(
  def: CustomImportDef<K, Row, Preview, SS>,
): ImportDefinition<Row, Preview, z.output<SS>>;
export function defineImport<K extends string, S extends z.ZodType, Row, Preview extends PreviewShape, SS extends z.ZodObject>(
  def: RecordImportDef<K, S, SS> | CustomImportDef<K, Row, Preview, SS>,
): ImportDefinition<RecordRow<K>, RecordPreview<z.output<S>>, z.output<SS>> | ImportDefinition<Row, Preview, z.output<SS>> {
  // A ZodObject whose output is its own z.output; TypeScript cannot see that through the generic.
  const base = { kind: def.kind, scope: def.scope as unknown as ScopeSchema<z.output<SS>>, checkScope: def.checkScope };
  if ('readRows' in def) {
    return {
      ...base,
      read: (data, limits) => readWorkbook(data, def, limits),
      preview: def.preview,
      apply: def.apply,
    };
  }
  const synonyms = Object.fromEntries(Object.entries<ColumnSpec>(def.columns).map(([k, c]) => [k, c.headers])) as Record<K, readonly string[]>;
  const required = (Object.keys(def.columns) as K[]).filter((k) => def.columns[k].required);
  // Two recognised columns at least, so that a title row saying 案号 alone is not taken for the header.
  const least = Math.min(2, Object.keys(def.columns).length);
  const accept = (found: ColumnMap<K>) => required.every((k) => found[k] !== undefined) && Object.keys(found).length >= least;
  return {
    ...base,
    read: (data, limits) => readWorkbook(data, { columns: synonyms, accept, readRows: readRecordRows(def.columns) }, limits),
    preview: recordPreview(def),
    apply: recordApply(def),
  };
}
