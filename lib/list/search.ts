import { or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { contains } from '@/db/helpers';

/** A search box over several columns: a row matches when any of them contains the text (case-insensitive). */
export function searchAcross(columns: SQLiteColumn[], q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  return or(...columns.map((c) => contains(c, q)));
}
