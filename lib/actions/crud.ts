import { and, asc, eq, getTableColumns, max, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import { ActionError, ConflictError } from '@/lib/auth/errors';
import { reorder } from './order';

// The helpers below take any table with an integer `id`; drizzle's builders cannot follow a generic
// table through select/update, so the rows are typed from the table here, once.
type TableWithId = SQLiteTable & { id: SQLiteColumn; $inferSelect: { id: number } };
type Row<T extends TableWithId> = T['$inferSelect'];
type Values<T extends TableWithId> = Partial<T['$inferInsert']>;

/**
 * The row with this id (and matching `where`, when given), or the action is refused: by default with
 * "not found"; `orElse` gives another refusal (a ScopeError for another unit's record, say).
 */
export function findOrThrow<T extends TableWithId>(tx: Tx, table: T, id: number, options: { where?: SQL; orElse?: () => Error } = {}): Row<T> {
  const row = tx
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), options.where))
    .get() as Row<T> | undefined;
  if (!row) throw options.orElse?.() ?? new ActionError({ key: 'notFound' });
  return row;
}

/** A row's version token: its `version`, or for a table without one (units) its `updatedAt` in milliseconds. */
export function versionOf(row: { version: number } | { updatedAt: Date }): number {
  return 'version' in row ? row.version : row.updatedAt.getTime();
}

/**
 * Writes `values` over the row only if it is still at `expected.version` (what the form was loaded
 * with, or the row just read), and moves the version on; `updatedAt` is set to `now`. A row saved by
 * someone else in between is refused with ConflictError and nothing is written; a row gone is "not
 * found". Tables without a `version` column use `updatedAt` as the token (see `versionOf`).
 * `conflictData` picks what of the current row the refused form is sent back (ConflictError.current).
 */
export function updateVersioned<T extends TableWithId>(
  tx: Tx,
  table: T,
  expected: { id: number; version: number },
  values: Values<T>,
  now: Date,
  options: { conflictData?: (current: Row<T>) => unknown } = {},
): Row<T> {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  let set: Record<string, unknown>;
  let check: SQL;
  if (columns.version) {
    set = { ...values, version: expected.version + 1, ...(columns.updatedAt ? { updatedAt: now } : {}) };
    check = eq(columns.version, expected.version);
  } else if (columns.updatedAt) {
    // The new token must differ from the old one even when two saves fall in the same millisecond.
    set = { ...values, updatedAt: new Date(Math.max(now.getTime(), expected.version + 1)) };
    check = eq(columns.updatedAt, new Date(expected.version));
  } else {
    throw new Error(`updateVersioned: ${String(table)} has neither version nor updatedAt`);
  }
  const after = tx
    .update(table as SQLiteTable)
    .set(set)
    .where(and(eq(table.id, expected.id), check))
    .returning()
    .get() as Row<T> | undefined;
  if (after) return after;
  const current = findOrThrow(tx, table, expected.id);
  throw new ConflictError(options.conflictData?.(current));
}

/** The sort order for a new row placed after every row `where` selects (1 for the first). */
export function nextSortOrder(tx: Tx, column: SQLiteColumn, where?: SQL): number {
  const last = tx
    .select({ n: max(column) })
    .from(column.table as SQLiteTable)
    .where(where)
    .get() as { n: number | null } | undefined;
  return (last?.n ?? 0) + 1;
}

/**
 * Moves a row one place up or down among its siblings (the rows `siblings` selects, in sort order,
 * then id), rewriting their sort orders (see `reorder`). False, and nothing written, when the row is
 * already first (up) or last (down), or is not among the siblings.
 */
export function moveInOrder<T extends TableWithId & { sortOrder: SQLiteColumn }>(tx: Tx, table: T, id: number, direction: 'up' | 'down', siblings: SQL | undefined): boolean {
  const rows = tx
    .select({ id: table.id, sortOrder: table.sortOrder })
    .from(table as SQLiteTable)
    .where(siblings)
    .orderBy(asc(table.sortOrder), asc(table.id))
    .all() as { id: number; sortOrder: number }[];
  const order = reorder(rows, id, direction);
  if (!order) return false;
  for (const o of order) {
    tx.update(table as SQLiteTable)
      .set({ sortOrder: o.sortOrder } as Record<string, unknown>)
      .where(eq(table.id, o.id))
      .run();
  }
  return true;
}
