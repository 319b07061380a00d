import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase } from './client';
import { MIGRATIONS_FOLDER } from './migrate';

const dir = mkdtempSync(join(tmpdir(), 'fzzf-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations as they were before user names became one whatever their case. */
function migrationsBefore(tag: string): string {
  const folder = join(dir, 'before');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('user names are unique whatever their case (migration 0010)', () => {
  it('stops the upgrade with a clear message while names differing only in case exist, and goes through once one is renamed', () => {
    const { db, sqlite } = openDatabase(join(dir, 'app.db'));
    migrate(db, { migrationsFolder: migrationsBefore('0010_security_review') });
    sqlite.exec(`insert into units (code, name, full_name, kind, "group", created_at, updated_at) values ('fzb', '法制办', '法制办', 'office', 'city', 0, 0)`);
    const add = sqlite.prepare(`insert into users (username, display_name, unit_id, role, password_hash, created_at, updated_at) values (?, 'x', 1, 'office', 'x', 0, 0)`);
    add.run('office');
    add.run('OFFICE');
    // Drizzle wraps SQLite's error; the message is its cause (Node prints both).
    let error: unknown;
    try {
      migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (e) {
      error = e;
    }
    expect(((error as Error).cause as Error).message).toMatch(/user names that differ only in case exist: rename one/);
    expect(sqlite.prepare(`select count(*) from users`).pluck().get()).toBe(2);

    sqlite.prepare(`update users set username = 'office2' where username = 'OFFICE'`).run();
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    expect(() => add.run('Office')).toThrow(/UNIQUE/);
    sqlite.close();
  });
});
