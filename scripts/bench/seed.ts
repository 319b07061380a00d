import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { createRng } from './random';
import type { ScaleConfig } from './scale';
import { insertAudit, insertNotices } from './seed-activity';
import { insertAssessments } from './seed-assessments';
import { BENCH_APPLICATION_ID, type SeedContext, type Staff } from './seed-context';
import { insertAssignments, insertPlan, insertUnitsAndUsers } from './seed-plan';
import { insertRegisters } from './seed-registers';
import { insertReports, insertRounds, refreshAllLatestReports } from './seed-reports';
import { countRows } from './seed-counts';
import { refusalFor } from './target';

export interface SeedOptions {
  path: string;
  scale: ScaleConfig;
  passwordHash: string;
  seed?: number;
  now?: number;
  log?: (line: string) => void;
}

export interface SeedResult {
  counts: Record<string, number>;
  bytes: number;
  ms: number;
}

/** Removes the generator's previous output (checked to be its own first) with its WAL files. */
function clearTarget(path: string): void {
  const refusal = refusalFor(path);
  if (refusal) throw new Error(`refusing to write: ${refusal}`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
  mkdirSync(dirname(path), { recursive: true });
}

/**
 * Builds a bench database at `path`: the app's migrations, then every table loaded with raw
 * prepared statements in large transactions, then ANALYZE. Deterministic for a seed, except the
 * open round's deadline, which follows `now` so that the round is still open when measured.
 */
export async function seedBenchDatabase(opts: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  clearTarget(opts.path);
  const { sqlite, db } = openDatabase(opts.path);
  try {
    // Marked first, so that even a failed run leaves a file the next run may overwrite.
    sqlite.pragma(`application_id = ${BENCH_APPLICATION_ID}`);
    runMigrations(db);
    // A generated file: durability during the load buys nothing, speed does.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    sqlite.pragma('temp_store = MEMORY');
    const ctx: SeedContext = {
      sqlite,
      rng: createRng(opts.seed ?? 20_160_101),
      scale: opts.scale,
      now: opts.now ?? Date.now(),
      passwordHash: opts.passwordHash,
      units: [],
      staff: {} as Staff,
      planId: 0,
      measures: [],
      assignments: [],
      rounds: [],
    };
    const step = (name: string, run: () => unknown) => {
      const t = Date.now();
      const out = run();
      log(`${name}: ${Date.now() - t} ms${typeof out === 'number' ? ` (${out} rows)` : ''}`);
    };
    step('units and users', () => insertUnitsAndUsers(ctx));
    step('plan', () => insertPlan(ctx));
    step('assignments', () => (insertAssignments(ctx), ctx.assignments.length));
    step('rounds', () => (insertRounds(ctx), ctx.rounds.length));
    step('reports', () => insertReports(ctx, log).reports);
    step('latest reports', () => refreshAllLatestReports(sqlite));
    step('notices', () => insertNotices(ctx));
    step('audit', () => insertAudit(ctx));
    step('registers', () => insertRegisters(ctx));
    // The computed rates of the assessment read reports through the app's queries: plan them with statistics.
    step('analyze', () => sqlite.exec('analyze'));
    step('assessments', () => insertAssessments(ctx, db, log).assessments);
    step('optimize', () => {
      sqlite.exec('analyze');
      sqlite.pragma('optimize');
    });
    const counts = countRows(sqlite);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    return { counts, bytes: statSync(opts.path).size, ms: Date.now() - started };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
}
