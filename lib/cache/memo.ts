import { rawSqlite } from '@/db/client';

/**
 * A process-local cache for the expensive plan-wide aggregates (lights of every assignment, the
 * dashboard's figures, round progress). An entry is used only while the data it came from is
 * unchanged — every committed action bumps the version here, and SQLite's `data_version` moves when
 * another process (a script) commits — and for at most `ttlMs`, because lights also move with the
 * clock (a deadline passes). Values are shared between requests: callers must not mutate them.
 */
let localVersion = 0;
const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; at: number; value: unknown }>();

/** Called after every committed write in this process. */
export function bumpDataVersion(): void {
  localVersion++;
}

function dataVersion(): string {
  return `${localVersion}:${rawSqlite().pragma('data_version', { simple: true })}`;
}

export function memo<T>(key: string, ttlMs: number, compute: () => T, now = Date.now()): T {
  const version = dataVersion();
  const hit = entries.get(key);
  if (hit && hit.version === version && now - hit.at < ttlMs) return hit.value as T;
  const value = compute();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.delete(key);
  entries.set(key, { version, at: now, value });
  return value;
}
