import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SUMS = 'SHA256SUMS';

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
 * evidence files, into `outDir`, with a SHA256SUMS file. The database goes first: every file it
 * refers to was stored before its row, so the copy of the files covers them.
 */
export async function createBackup(opts: { dbPath: string; uploadDir: string; outDir: string }): Promise<{ files: number; integrity: string }> {
  if (existsSync(opts.outDir) && readdirSync(opts.outDir).length > 0) throw new Error(`backup folder is not empty: ${opts.outDir}`);
  mkdirSync(opts.outDir, { recursive: true });
  const source = new Database(opts.dbPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(join(opts.outDir, 'app.db'));
  } finally {
    source.close();
  }
  for (const file of walk(opts.uploadDir)) {
    if (file.endsWith('.part')) continue;
    const target = join(opts.outDir, 'uploads', relative(opts.uploadDir, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  const copy = new Database(join(opts.outDir, 'app.db'), { readonly: true });
  const integrity = copy.pragma('integrity_check', { simple: true }) as string;
  copy.close();
  const files = walk(opts.outDir).filter((f) => !f.endsWith(SUMS));
  writeFileSync(join(opts.outDir, SUMS), files.map((f) => `${sha256(f)}  ${relative(opts.outDir, f)}`).join('\n') + '\n');
  return { files: files.length, integrity };
}

/** Checks every file of a backup against SHA256SUMS; lists what is missing or altered. */
export function verifyBackup(dir: string): string[] {
  const sums = join(dir, SUMS);
  if (!existsSync(sums)) return [`${SUMS} missing`];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const line of readFileSync(sums, 'utf8').split('\n').filter(Boolean)) {
    const [hash, name] = [line.slice(0, 64), line.slice(66)];
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
  mkdirSync(dirname(opts.dbPath), { recursive: true });
  let previous: string | null = null;
  if (existsSync(opts.dbPath)) {
    previous = `${opts.dbPath}.before-restore-${backupStamp()}`;
    renameSync(opts.dbPath, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(opts.dbPath + suffix, { force: true });
  copyFileSync(join(opts.dir, 'app.db'), opts.dbPath);
  const uploads = join(opts.dir, 'uploads');
  for (const file of walk(uploads)) {
    const target = join(opts.uploadDir, relative(uploads, file));
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target)) copyFileSync(file, target);
  }
  const db = new Database(opts.dbPath, { readonly: true });
  const integrity = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return { integrity, previous };
}
