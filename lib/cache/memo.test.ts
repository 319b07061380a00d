import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { tempDatabase } from '@/lib/testing/temp-db';
import { replaceConnection } from '@/db/client';
import { bumpDataVersion, memo } from './memo';

const t = tempDatabase();
replaceConnection({ sqlite: t.sqlite, db: t.db });
afterAll(() => t.cleanup());

describe('memo', () => {
  it('reuses a value until a write, another process’s commit, or the time limit', () => {
    let computed = 0;
    const get = (now: number) => memo('k', 1_000, () => ++computed, { now });
    expect(get(0)).toBe(1);
    expect(get(500)).toBe(1);
    expect(get(1_000)).toBe(2); // expired
    bumpDataVersion();
    expect(get(1_100)).toBe(3); // this process wrote
    // Another connection (another process in production) commits: SQLite's data_version moves.
    const other = new Database(t.path);
    other.prepare(`insert into audit_log (at, action, result) values (?, 'x', 'success')`).run(Date.now());
    other.close();
    expect(get(1_200)).toBe(4);
    expect(get(1_300)).toBe(4);
  });

  it('keeps structure-scoped values through writes that only touch reports', () => {
    let plan = 0;
    let lights = 0;
    const getPlan = () => memo('plan', 60_000, () => ++plan, { scope: 'structure' });
    const getLights = () => memo('lights', 60_000, () => ++lights);
    expect([getPlan(), getLights()]).toEqual([1, 1]);
    bumpDataVersion(['report', 'attachment']);
    expect([getPlan(), getLights()]).toEqual([1, 2]);
    bumpDataVersion(['report', 'assignment']);
    expect([getPlan(), getLights()]).toEqual([2, 3]);
    bumpDataVersion([]); // a write that named nothing touches everything
    expect([getPlan(), getLights()]).toEqual([3, 4]);
  });
});
