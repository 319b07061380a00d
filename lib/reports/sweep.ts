import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DB } from '@/db/client';
import { attachments } from '@/db/schema';

/** Where evidence files live: UPLOAD_DIR, default data/uploads (lib/reports/storage.ts stores them). */
export function uploadDir(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? 'data/uploads');
}

/** Files younger than this are left alone: an upload may be between storing its file and committing its row. */
export const ORPHAN_AGE_MS = 86_400_000;

/**
 * Removes evidence files that no attachment refers to (an upload refused or failed after its file
 * was stored) and half-written `.part` files, once they are a day old. Run with the reminder job.
 */
export function sweepOrphanEvidence(db: DB, opts: { root?: string; now?: number } = {}): { removed: number } {
  const root = opts.root ?? uploadDir();
  const cutoff = (opts.now ?? Date.now()) - ORPHAN_AGE_MS;
  if (!existsSync(/*turbopackIgnore: true*/ root)) return { removed: 0 };
  const referenced = new Set(db.selectDistinct({ sha256: attachments.sha256 }).from(attachments).all().map((r) => r.sha256));
  let removed = 0;
  for (const dir of readdirSync(/*turbopackIgnore: true*/ root)) {
    const folder = join(root, dir);
    if (!/^[0-9a-f]{2}$/.test(dir) || !statSync(/*turbopackIgnore: true*/ folder).isDirectory()) continue;
    for (const name of readdirSync(/*turbopackIgnore: true*/ folder)) {
      const path = join(folder, name);
      const orphan = name.endsWith('.part') || (/^[0-9a-f]{64}$/.test(name) && !referenced.has(name));
      if (!orphan) continue;
      if (statSync(/*turbopackIgnore: true*/ path).mtimeMs > cutoff) continue;
      rmSync(/*turbopackIgnore: true*/ path, { force: true });
      removed++;
    }
  }
  return { removed };
}
