import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
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
});
