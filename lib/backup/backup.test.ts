import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDatabase } from '@/lib/testing/temp-db';
import { kill, startChild } from '@/lib/testing/child';
import { createBackup, restoreBackup, verifyBackup } from './backup';

const t = tempDatabase();
afterAll(() => t.cleanup());

describe('backup and restore', () => {
  it('copies a live database consistently while another process writes, and restores it after checking the checksums', async () => {
    const uploads = join(t.dir, 'uploads');
    mkdirSync(join(uploads, 'ab'), { recursive: true });
    writeFileSync(join(uploads, 'ab', 'ab'.padEnd(64, '0')), 'evidence bytes');

    const writer = await startChild('lib/testing/children/writer.ts', [t.path], 'ready');
    try {
      const committedBefore = t.sqlite.prepare(`select max(id) from audit_log where action = 'test.write'`).pluck().get() as number;
      expect(committedBefore).toBeGreaterThanOrEqual(50);
      const out = join(t.dir, 'backup-1');
      const result = await createBackup({ dbPath: t.path, uploadDir: uploads, outDir: out });
      expect(result.integrity).toBe('ok');
      expect(verifyBackup(out)).toEqual([]);

      const copy = new Database(join(out, 'app.db'), { readonly: true });
      const rows = copy.prepare(`select count(*) from audit_log where action = 'test.write' and id <= ?`).pluck().get(committedBefore);
      copy.close();
      expect(rows).toBe(t.sqlite.prepare(`select count(*) from audit_log where action = 'test.write' and id <= ?`).pluck().get(committedBefore));

      // Restore into a fresh folder.
      const target = join(t.dir, 'restored', 'app.db');
      const restoredUploads = join(t.dir, 'restored', 'uploads');
      expect(restoreBackup({ dir: out, dbPath: target, uploadDir: restoredUploads }).integrity).toBe('ok');
      const restored = new Database(target, { readonly: true });
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(restored.prepare(`select count(*) from audit_log where action = 'test.write' and id <= ?`).pluck().get(committedBefore)).toBe(rows);
      restored.close();

      // A backup that was altered is refused.
      writeFileSync(join(out, 'uploads', 'ab', 'ab'.padEnd(64, '0')), 'tampered');
      expect(verifyBackup(out)).toEqual([`altered: uploads/ab/${'ab'.padEnd(64, '0')}`]);
      expect(() => restoreBackup({ dir: out, dbPath: join(t.dir, 'r2', 'app.db'), uploadDir: join(t.dir, 'r2', 'u') })).toThrow(/checksums/);
    } finally {
      await kill(writer);
    }
  }, 60_000);

  it('checksums only the database copy and the evidence; a backup opened with the sqlite3 tool still restores', async () => {
    const uploads = join(t.dir, 'uploads-2');
    mkdirSync(join(uploads, 'cd'), { recursive: true });
    writeFileSync(join(uploads, 'cd', 'cd'.padEnd(64, '1')), 'more evidence');
    const out = join(t.dir, 'backup-2');
    expect((await createBackup({ dbPath: t.path, uploadDir: uploads, outDir: out })).integrity).toBe('ok');
    const listed = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.slice(66));
    expect(listed.sort()).toEqual(['app.db', `uploads/cd/${'cd'.padEnd(64, '1')}`]);

    // Someone checks the backup by hand, read-only, as an operator would.
    const sqlite3 = spawnSync('sqlite3', ['-readonly', join(out, 'app.db'), 'pragma integrity_check;'], { encoding: 'utf8' });
    if (sqlite3.error) {
      // No sqlite3 tool on this machine: the same read-only open through the library.
      const db = new Database(join(out, 'app.db'), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } else {
      expect(sqlite3.stdout.trim()).toBe('ok');
    }
    expect(readdirSync(out).filter((f) => f.startsWith('app.db'))).toEqual(['app.db']);
    expect(verifyBackup(out)).toEqual([]);
    const target = join(t.dir, 'restored-2', 'app.db');
    expect(restoreBackup({ dir: out, dbPath: target, uploadDir: join(t.dir, 'restored-2', 'uploads') }).integrity).toBe('ok');

    // Only the server's user may read the backup and what it restores.
    expect(statSync(out).mode & 0o777).toBe(0o700);
    for (const f of [join(out, 'app.db'), join(out, 'SHA256SUMS'), join(out, 'uploads', 'cd', 'cd'.padEnd(64, '1')), target]) expect(statSync(f).mode & 0o777, f).toBe(0o600);
    expect(existsSync(target)).toBe(true);
  });

  it('restores a backup of the earlier kind, whose checksums listed the -wal and -shm files SQLite has since removed', async () => {
    const out = join(t.dir, 'backup-3');
    await createBackup({ dbPath: t.path, uploadDir: join(t.dir, 'none'), outDir: out });
    writeFileSync(join(out, 'SHA256SUMS'), readFileSync(join(out, 'SHA256SUMS'), 'utf8') + `${'0'.repeat(64)}  app.db-wal\n${'1'.repeat(64)}  app.db-shm\n`);
    expect(verifyBackup(out)).toEqual([]);
  });

  it('creates a new database readable by the server’s user only', () => {
    expect(statSync(t.path).mode & 0o777).toBe(0o600);
  });
});
