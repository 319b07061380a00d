import type Database from 'better-sqlite3';
import type { AssignmentRole } from '@/db/schema/enums';
import type { BenchUnit } from './names';
import type { Rng } from './random';
import type { ScaleConfig } from './scale';

export const DAY_MS = 86_400_000;

/** PRAGMA application_id of a database this generator wrote ('BENC'): it may overwrite such a file, no other. */
export const BENCH_APPLICATION_ID = 0x42454e43;

/** The end of a day in Asia/Shanghai (UTC+8, no daylight saving), as epoch milliseconds. */
export function endOfShanghaiDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day, 15, 59, 59, 999);
}

/** 09:00 of a day in Asia/Shanghai, as epoch milliseconds. */
export function shanghaiMorning(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day, 1, 0, 0, 0);
}

export interface SeedUnit extends BenchUnit {
  id: number;
  /** The unit's reporting officer (username = unit code). */
  userId: number;
  /** Lags all year: misses and sends late more often, reports slower progress. */
  laggard: boolean;
}

export interface SeedMeasure {
  id: number;
  code: string;
  title: string;
  taskId: number;
}

export interface SeedAssignment {
  id: number;
  measureId: number;
  unitId: number;
  role: AssignmentRole;
  /** Progress offset of this assignment against what the quarter expects (percentage points). */
  pace: number;
}

export interface SeedRound {
  id: number;
  name: string;
  year: number;
  /** 0-3 for the quarters; null for the open round. */
  quarter: number | null;
  deadline: number;
  /** Progress a unit on pace reports by this round. */
  expected: number;
  open: boolean;
}

export interface Staff {
  admin: number;
  office: number;
  leader: number;
  assessor: number;
  auditor: number;
}

/** What every loading step shares: the connection, the generator and what earlier steps created. */
export interface SeedContext {
  sqlite: Database.Database;
  rng: Rng;
  scale: ScaleConfig;
  /** "Now" for the generated history (epoch ms): the open round's deadline is two weeks after it. */
  now: number;
  passwordHash: string;
  units: SeedUnit[];
  staff: Staff;
  planId: number;
  measures: SeedMeasure[];
  assignments: SeedAssignment[];
  rounds: SeedRound[];
}
