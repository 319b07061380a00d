import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const dir = mkdtempSync(join(tmpdir(), 'fzzf-setup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const setup = () =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/setup.ts'], {
    env: { ...process.env, DATABASE_URL: join(dir, 'app.db'), AUTH_SECRET_FILE: join(dir, 'auth-secret') },
    encoding: 'utf8',
  });

describe('npm run setup', () => {
  it('makes the first system and audit administrators, each with a password shown once, and refuses a second run', () => {
    const first = setup();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/system administrator .*user name admin, password \S{12}/);
    expect(first.stdout).toMatch(/audit administrator .*user name auditor, password \S{12}/);
    const db = new Database(join(dir, 'app.db'), { readonly: true });
    expect(db.prepare(`select username, role, must_change_password from users order by id`).all()).toEqual([
      { username: 'admin', role: 'admin', must_change_password: 1 },
      { username: 'auditor', role: 'auditor', must_change_password: 1 },
    ]);
    db.close();
    const again = setup();
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  }, 120_000);
});
