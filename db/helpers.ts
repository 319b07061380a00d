import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { units } from './schema/units';

/** Case-insensitive "contains" for search boxes; % and _ typed by the user match themselves. */
export function contains(column: SQLiteColumn, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** Units named by a search box: the exact code, or a name containing the text. */
export function unitsMatching(unitIdColumn: SQLiteColumn, text: string): SQL {
  return sql`${unitIdColumn} in (select ${units.id} from ${units} where ${units.code} = ${text.toLowerCase()} or ${contains(units.name, text)})`;
}
