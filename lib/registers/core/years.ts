import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { memo } from '@/lib/cache/memo';
import { REGISTERS } from '../index';

/** Every year any register has records in (read on every register page: shared until the next write). */
function recordYears(): Set<number> {
  return memo('register-years', 60_000, () => {
    const years = new Set<number>();
    for (const r of REGISTERS) for (const row of db.all<{ year: number }>(sql`select distinct year from ${r.table}`)) years.add(row.year);
    return years;
  });
}

/** The years any register has records in, newest first, with this year always offered. */
export function registerYears(now = new Date()): number[] {
  const thisYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  return [...new Set([thisYear, ...recordYears()])].sort((a, b) => b - a);
}

/** The year a registers page opens on: the latest with records, else this year. */
export function defaultRegisterYear(now = new Date()): number {
  const years = [...recordYears()];
  return years.length ? Math.max(...years) : registerYears(now)[0]!;
}
