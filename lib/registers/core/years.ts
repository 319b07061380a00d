import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { REGISTERS } from '../index';

/** The years any register has records in, newest first, with this year always offered. */
export function registerYears(now = new Date()): number[] {
  const thisYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  const years = new Set<number>([thisYear]);
  for (const r of REGISTERS) for (const row of db.all<{ year: number }>(sql`select distinct year from ${r.table}`)) years.add(row.year);
  return [...years].sort((a, b) => b - a);
}
