import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';

/** A fresh, migrated database in a temporary folder; `cleanup` closes and removes it. */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'fzzf-test-'));
  const path = join(dir, 'test.db');
  const conn = openDatabase(path);
  runMigrations(conn.db);
  return {
    ...conn,
    path,
    dir,
    cleanup() {
      conn.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
