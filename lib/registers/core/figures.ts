import 'server-only';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db, type DB, type Tx } from '@/db/client';
import { memo } from '@/lib/cache/memo';
import type { Register } from './define';

/** A register's figures for one year: per unit, and for the city (the sum over units). Rates are null when not applicable. */
export interface RegisterFigures {
  byUnit: Map<number, Record<string, number>>;
  city: Record<string, number>;
  rates: { byUnit: Map<number, Record<string, number | null>>; city: Record<string, number | null> };
}

/** numerator ÷ denominator as a fraction in [0, 1], rounded to 4 places; null when there is nothing to divide (不适用). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

/** The records whose events can fall in `year`: the register's span of years around it (by the indexed `year` column). */
export function figureWindow(register: Register, year: number): SQL {
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  const span = register.span ?? { before: 1, after: 1 };
  return sql`${t.year} between ${year - span.before} and ${year + span.after}`;
}

/**
 * Every figure of a register for a year, in one SQL pass over its active records of the span: a
 * conditional sum per figure, grouped by unit. `where` narrows the records (one unit). The figures of
 * all units are shared between requests until the next write (lib/cache/memo).
 */
export function registerFigures(register: Register, year: number, where?: SQL, tx: DB | Tx = db): RegisterFigures {
  if (!where && tx === db) return memo(`register-figures:${register.name}:${year}`, 60_000, () => computeFigures(register, year, undefined, tx));
  return computeFigures(register, year, where, tx);
}

function computeFigures(register: Register, year: number, where: SQL | undefined, tx: DB | Tx): RegisterFigures {
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  const sums = register.figures.map((f, i) => sql`coalesce(sum(case when ${f.where(year)} then ${f.value ?? sql`1`} else 0 end), 0) as ${sql.raw(`f${i}`)}`);
  const rows = tx.all<Record<string, number>>(
    sql`select ${t.unitId} as unit_id, ${sql.join(sums, sql`, `)} from ${register.table} where ${t.status} = 'active' and ${figureWindow(register, year)}${where ? sql` and ${where}` : sql``} group by ${t.unitId}`,
  );
  const byUnit = new Map<number, Record<string, number>>();
  const city: Record<string, number> = Object.fromEntries(register.figures.map((f) => [f.key, 0]));
  for (const row of rows) {
    const values = Object.fromEntries(register.figures.map((f, i) => [f.key, Number(row[`f${i}`] ?? 0)]));
    byUnit.set(Number(row.unit_id), values);
    for (const f of register.figures) city[f.key]! += values[f.key]!;
  }
  const ratesOf = (v: Record<string, number>) => Object.fromEntries((register.rates ?? []).map((r) => [r.key, rate(v[r.numerator] ?? 0, v[r.denominator] ?? 0)]));
  return { byUnit, city, rates: { byUnit: new Map([...byUnit].map(([u, v]) => [u, ratesOf(v)])), city: ratesOf(city) } };
}

/** One unit's figures of a register for a year (zeros where it has no records). */
export function unitFigures(register: Register, year: number, unitId: number, tx: DB | Tx = db) {
  const t = register.table as unknown as Record<string, SQLiteColumn>;
  const all = registerFigures(register, year, eq(t.unitId!, unitId), tx);
  return { values: all.byUnit.get(unitId) ?? all.city, rates: all.rates.byUnit.get(unitId) ?? all.rates.city };
}

/** The year part of a YYYY-MM-DD day column, for figures counted by the year of an event. */
export function inYear(column: SQLiteColumn, year: number): SQL {
  return sql`${column} >= ${`${year}-01-01`} and ${column} <= ${`${year}-12-31`}`;
}
