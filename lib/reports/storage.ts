import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Evidence files live outside public/, under UPLOAD_DIR (default data/uploads), named by SHA-256. */
export function uploadRoot(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? 'data/uploads');
}

export function storedPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
  return join(uploadRoot(), sha256.slice(0, 2), sha256);
}

/**
 * Stores the bytes under their checksum (once: the same file uploaded twice is kept once) and
 * returns the checksum. Written to a temporary name first, so a crash never leaves half a file.
 */
export function storeEvidence(bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = storedPath(sha256);
  if (!existsSync(/*turbopackIgnore: true*/ path)) {
    mkdirSync(/*turbopackIgnore: true*/ dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${Date.now()}.part`;
    writeFileSync(/*turbopackIgnore: true*/ tmp, bytes, { mode: 0o640 });
    renameSync(/*turbopackIgnore: true*/ tmp, path);
  }
  return sha256;
}

export function readEvidence(sha256: string): Buffer {
  return readFileSync(/*turbopackIgnore: true*/ storedPath(sha256));
}
