import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { uploadDir } from './sweep';

/** Evidence files live outside public/, under UPLOAD_DIR (default data/uploads), named by SHA-256; only the server's user may read them (0600 files, 0700 folders). */
export function uploadRoot(): string {
  return uploadDir();
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
    mkdirSync(/*turbopackIgnore: true*/ dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.${Date.now()}.part`;
    writeFileSync(/*turbopackIgnore: true*/ tmp, bytes, { mode: 0o600 });
    renameSync(/*turbopackIgnore: true*/ tmp, path);
  }
  return sha256;
}

export function readEvidence(sha256: string): Buffer {
  return readFileSync(/*turbopackIgnore: true*/ storedPath(sha256));
}

/**
 * A file name as stored and shown: without the bidirectional controls that make `gpj.exe` read as
 * `exe.jpg` (RLO and the other embeddings, isolates and marks), nor other control characters.
 */
export function safeFileName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 200) || 'file';
}
