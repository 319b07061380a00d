import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema>;
/** A transaction handle; the same query API as DB. */
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];

/** The database file: DATABASE_URL (a path, optionally prefixed with `file:`), default data/app.db. */
export function databasePath(url = process.env.DATABASE_URL): string {
  const raw = (url ?? '').trim() || 'data/app.db';
  return resolve(/*turbopackIgnore: true*/ raw.replace(/^file:/, ''));
}

/** Opens a connection with the pragmas every connection needs. `onQuery` sees every statement (tests of query plans). */
export function openDatabase(path = databasePath(), onQuery?: (sql: string, params: unknown[]) => void): { sqlite: Database.Database; db: DB } {
  mkdirSync(/*turbopackIgnore: true*/ dirname(path), { recursive: true, mode: 0o700 });
  // Made readable by the server's user only; SQLite gives its -wal and -shm files the same mode.
  if (!existsSync(/*turbopackIgnore: true*/ path)) closeSync(openSync(/*turbopackIgnore: true*/ path, 'a', 0o600));
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return { sqlite, db: drizzle(sqlite, { schema, logger: onQuery ? { logQuery: onQuery } : false }) };
}

const globalForDb = globalThis as unknown as { __appDb?: { sqlite: Database.Database; db: DB } };

/** Replaces the process's connection (tests that watch the queries the app runs). */
export function replaceConnection(conn: { sqlite: Database.Database; db: DB }): void {
  globalForDb.__appDb?.sqlite.close();
  globalForDb.__appDb = conn;
}

/** The process's one connection (better-sqlite3 is synchronous; one connection serialises writes cleanly). */
function connection() {
  globalForDb.__appDb ??= openDatabase();
  return globalForDb.__appDb;
}

export const db: DB = new Proxy({} as DB, {
  get(_target, prop) {
    const real = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export function rawSqlite(): Database.Database {
  return connection().sqlite;
}
