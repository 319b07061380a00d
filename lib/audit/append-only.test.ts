import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { tempDatabase } from '@/lib/testing/temp-db';

const t = tempDatabase();
afterAll(() => t.cleanup());

const DAY = 86_400_000;
const insert = t.sqlite.prepare(`insert into audit_log (at, action, result) values (?, 'test', 'success')`);

describe('audit records are append-only, kept at least 180 days', () => {
  it('the database refuses to edit any record, or to delete one younger than 180 days', () => {
    const young = insert.run(Date.now() - 10 * DAY).lastInsertRowid;
    expect(() => t.sqlite.prepare(`update audit_log set action = 'forged' where id = ?`).run(young)).toThrow(/append-only/);
    expect(() => t.sqlite.prepare(`delete from audit_log where id = ?`).run(young)).toThrow(/180 days/);
    const old = insert.run(Date.now() - 200 * DAY).lastInsertRowid;
    expect(() => t.sqlite.prepare(`update audit_log set detail = 'x' where id = ?`).run(old)).toThrow(/append-only/);
    expect(t.sqlite.prepare(`delete from audit_log where id = ?`).run(old).changes).toBe(1);
  });

  it('the prune command refuses a cut younger than 180 days and removes older records otherwise', () => {
    insert.run(Date.now() - 400 * DAY);
    const run = (before: string) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/prune-audit.ts', '--before', before], { env: { ...process.env, DATABASE_URL: t.path }, encoding: 'utf8' });
    const recent = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    const refused = run(recent);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('180 days');
    const cut = new Date(Date.now() - 300 * DAY).toISOString().slice(0, 10);
    const ok = run(cut);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/removed 1 audit records/);
    expect(t.sqlite.prepare(`select count(*) from audit_log where action = 'audit.prune'`).pluck().get()).toBe(1);
  });
});
