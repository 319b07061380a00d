import { rawSqlite } from '@/db/client';

/**
 * A process-local cache for the expensive plan-wide aggregates (the plan tree, lights of every
 * assignment, the dashboard's figures, round progress). An entry is used only while the data it came
 * from is unchanged and for at most `ttlMs` (lights also move with the clock: a deadline passes).
 * Values are shared between requests: callers must not mutate them.
 *
 * "Unchanged" is tracked by two counters bumped after every committed action in this process, plus
 * SQLite's `data_version`, which moves when another process (a script, a second server) commits:
 * - `all` moves on every write;
 * - `structure` moves on every write except those that only touch reporting records (reports,
 *   their files, notices, self-assessments, score sheets): so the plan tree stays cached through
 *   the year-end rush of submissions, while anything that reads reports uses `all`.
 */
export type MemoScope = 'all' | 'structure';

/** Audit object types whose writes never change plans, tasks, measures, units or assignments. */
const REPORTING_ONLY = new Set(['report', 'attachment', 'notice', 'self_assessment', 'score_sheet']);

const counters: Record<MemoScope, number> = { all: 0, structure: 0 };
const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; at: number; value: unknown }>();

/**
 * Called after every committed write in this process, with the object types its audit records
 * named. A write that named none is treated as touching everything.
 */
export function bumpDataVersion(objectTypes: Iterable<string> = []): void {
  counters.all++;
  const types = [...objectTypes];
  // Register records (and the register settings) never change the plan's structure either.
  if (types.length === 0 || types.some((t) => !REPORTING_ONLY.has(t) && !t.startsWith('register'))) counters.structure++;
}

function dataVersion(scope: MemoScope): string {
  return `${counters[scope]}:${rawSqlite().pragma('data_version', { simple: true })}`;
}

export function memo<T>(key: string, ttlMs: number, compute: () => T, options: { scope?: MemoScope; now?: number } = {}): T {
  const scope = options.scope ?? 'all';
  const now = options.now ?? Date.now();
  const version = dataVersion(scope);
  const entryKey = `${scope}|${key}`;
  const hit = entries.get(entryKey);
  if (hit && hit.version === version && now - hit.at < ttlMs) return hit.value as T;
  const value = compute();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.delete(entryKey);
  entries.set(entryKey, { version, at: now, value });
  return value;
}
