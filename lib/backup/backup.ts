import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SUMS = 'SHA256SUMS';
/** What a backup's checksums cover: the database copy and the evidence files, nothing SQLite makes beside them. */
const COVERED = (name: string) => name === 'app.db' || name.startsWith('uploads/');
const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

/** A copy only the server's user may read. */
function copyPrivate(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true, mode: PRIVATE_DIR });
  copyFileSync(from, to);
  chmodSync(to, PRIVATE_FILE);
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** YYYYMMDD-HHMMSS in Asia/Shanghai. */
export function backupStamp(at = new Date()): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * A consistent copy of a live database (SQLite's online backup API, never a file copy) and of the
 * evidence files, into `outDir`, with a SHA256SUMS file of the database copy and the evidence files.
 * The database goes first: every file it refers to was stored before its row, so the copy of the
 * files covers them. The copy is switched out of WAL mode, so that opening it later (an integrity
 * check with the sqlite3 tool, say) makes no -wal or -shm files and changes no byte of it. Only the
 * server's user may read the backup (0600 files, 0700 folders).
 */
export async function createBackup(opts: { dbPath: string; uploadDir: string; outDir: string }): Promise<{ files: number; integrity: string }> {
  if (existsSync(opts.outDir) && readdirSync(opts.outDir).length > 0) throw new Error(`backup folder is not empty: ${opts.outDir}`);
  mkdirSync(opts.outDir, { recursive: true, mode: PRIVATE_DIR });
  chmodSync(opts.outDir, PRIVATE_DIR);
  const target = join(opts.outDir, 'app.db');
  writeFileSync(target, '', { mode: PRIVATE_FILE });
  const source = new Database(opts.dbPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const copy = new Database(target);
  copy.pragma('journal_mode = DELETE');
  const integrity = copy.pragma('integrity_check', { simple: true }) as string;
  copy.close();
  chmodSync(target, PRIVATE_FILE);
  for (const file of walk(opts.uploadDir)) {
    if (file.endsWith('.part')) continue;
    copyPrivate(file, join(opts.outDir, 'uploads', relative(opts.uploadDir, file)));
  }
  const files = walk(opts.outDir).filter((f) => COVERED(relative(opts.outDir, f)));
  writeFileSync(join(opts.outDir, SUMS), files.map((f) => `${sha256(f)}  ${relative(opts.outDir, f)}`).join('\n') + '\n', { mode: PRIVATE_FILE });
  return { files: files.length, integrity };
}

/**
 * Checks the database copy and every evidence file of a backup against SHA256SUMS; lists what is
 * missing or altered. Lines for anything else (the -wal and -shm files older backups listed, which
 * SQLite removes when the copy is opened) are not the backup's content and are passed over.
 */
export function verifyBackup(dir: string): string[] {
  const sums = join(dir, SUMS);
  if (!existsSync(sums)) return [`${SUMS} missing`];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const line of readFileSync(sums, 'utf8').split('\n').filter(Boolean)) {
    const [hash, name] = [line.slice(0, 64), line.slice(66)];
    if (!COVERED(name)) continue;
    listed.add(name);
    const path = join(dir, name);
    if (!existsSync(path)) problems.push(`missing: ${name}`);
    else if (sha256(path) !== hash) problems.push(`altered: ${name}`);
  }
  if (!listed.has('app.db')) problems.push('app.db not in the backup');
  return problems;
}

/**
 * Restores a verified backup: the database to `dbPath` (an existing one is kept beside it as
 * `.before-restore-<stamp>`), the evidence files into `uploadDir`. Run it with the server stopped.
 */
export function restoreBackup(opts: { dir: string; dbPath: string; uploadDir: string }): { integrity: string; previous: string | null } {
  const problems = verifyBackup(opts.dir);
  if (problems.length) throw new Error(`backup failed its checksums:\n${problems.join('\n')}`);
  mkdirSync(dirname(opts.dbPath), { recursive: true, mode: PRIVATE_DIR });
  let previous: string | null = null;
  if (existsSync(opts.dbPath)) {
    previous = `${opts.dbPath}.before-restore-${backupStamp()}`;
    renameSync(opts.dbPath, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(opts.dbPath + suffix, { force: true });
  copyPrivate(join(opts.dir, 'app.db'), opts.dbPath);
  const uploads = join(opts.dir, 'uploads');
  for (const file of walk(uploads)) {
    const target = join(opts.uploadDir, relative(uploads, file));
    if (!existsSync(target)) copyPrivate(file, target);
  }
  const db = new Database(opts.dbPath, { readonly: true });
  const integrity = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return { integrity, previous };
}
