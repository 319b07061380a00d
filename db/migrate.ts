import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { resolve } from 'node:path';
import type { DB } from './client';

export const MIGRATIONS_FOLDER = resolve(process.cwd(), 'db/migrations');

/** Applies every committed migration not yet applied; safe to run on every start. */
export function runMigrations(db: DB): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
