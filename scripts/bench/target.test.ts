import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_APPLICATION_ID } from './seed-context';
import { applicationIdOf, refusalFor } from './target';

const dir = mkdtempSync(join(tmpdir(), 'bench-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sqliteFile(name: string, applicationId: number): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.pragma(`application_id = ${applicationId}`);
  db.exec('create table t (x)');
  db.close();
  return path;
}

describe('refusalFor', () => {
  it('refuses the app database whether or not it exists', () => {
    expect(refusalFor(join(dir, 'data/app.db'), dir)).toMatch(/app's database/);
  });
  it('allows a new file and its own earlier output', () => {
    expect(refusalFor(join(dir, 'new.db'), dir)).toBeNull();
    expect(refusalFor(sqliteFile('mine.db', BENCH_APPLICATION_ID), dir)).toBeNull();
  });
  it('refuses any other existing file', () => {
    expect(refusalFor(sqliteFile('other.db', 0), dir)).toMatch(/not written by the bench/);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    expect(refusalFor(text, dir)).toMatch(/not written by the bench/);
  });
});

describe('applicationIdOf', () => {
  it('is null for non-SQLite bytes', () => {
    expect(applicationIdOf(new Uint8Array(100))).toBeNull();
  });
});
