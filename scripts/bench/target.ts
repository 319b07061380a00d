import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_APPLICATION_ID } from './seed-context';

/** The default output of the generator for a scale. */
export function defaultBenchPath(scale: string, root = process.cwd()): string {
  return resolve(root, 'bench-data', `bench-${scale}.db`);
}

/** PRAGMA application_id as stored in a SQLite file's header (big-endian, offset 68); null when not SQLite. */
export function applicationIdOf(header: Uint8Array): number | null {
  const magic = 'SQLite format 3\0';
  if (header.length < 72) return null;
  for (let i = 0; i < magic.length; i++) if (header[i] !== magic.charCodeAt(i)) return null;
  return new DataView(header.buffer, header.byteOffset, header.byteLength).getUint32(68, false);
}

function readHeader(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(100);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why the generator must not write to `path`, or null when it may: never the app's database
 * (data/app.db), and never an existing file it did not write itself (recognised by its application id).
 */
export function refusalFor(path: string, root = process.cwd()): string | null {
  const target = resolve(path);
  if (target === resolve(root, 'data/app.db')) return `${target} is the app's database`;
  if (!existsSync(target)) return null;
  const header = readHeader(target);
  if (header.length === 0) return null;
  return applicationIdOf(header) === BENCH_APPLICATION_ID ? null : `${target} exists and was not written by the bench generator`;
}
