import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { tempDatabase } from '@/lib/testing/temp-db';
import { verifyAuditChain } from './chain';
import { writeAudit } from './log';

const t = tempDatabase();
afterAll(() => t.cleanup());

const actor = { userId: 1, username: 'office', unitId: 1, role: 'office', ip: '10.0.0.1' };
const write = (n: number) => {
  for (let i = 0; i < n; i++) writeAudit(t.db, actor, { action: 'test.chain', objectType: 'report', objectId: i, before: { workDone: `v${i}` }, after: { workDone: `v${i + 1}`, at: new Date() } });
};
const ids = () => t.sqlite.prepare(`select id from audit_log order by id`).pluck().all() as number[];
const verifyCli = () =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/audit-verify.ts'], { env: { ...process.env, DATABASE_URL: t.path }, encoding: 'utf8' });

describe('audit hash chain', () => {
  it('chains every record to the one before, and `npm run audit:verify` says the chain holds', () => {
    write(5);
    const rows = t.sqlite.prepare(`select prev_hash, hash from audit_log order by id`).all() as { prev_hash: string; hash: string }[];
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(verifyAuditChain(t.sqlite)).toEqual({ checked: 5, unchained: 0 });
    const ok = verifyCli();
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/intact: 5 records/);
  });

  it('refuses an INSERT OR REPLACE that would rewrite a record', () => {
    const [first] = ids();
    expect(() => t.sqlite.prepare(`insert or replace into audit_log (id, at, action, result) values (?, 0, 'forged', 'success')`).run(first)).toThrow(/append-only/);
    expect(() => t.sqlite.prepare(`replace into audit_log (id, at, action, result) values (?, 0, 'forged', 'success')`).run(first)).toThrow(/append-only/);
  });

  it('finds the first broken link: a record altered, one removed, one slipped in by hand', () => {
    // Someone with the database file and the means to drop the triggers.
    t.sqlite.exec(`drop trigger audit_log_no_update; drop trigger audit_log_keep_180_days;`);
    const [, second, third] = ids();
    t.sqlite.prepare(`update audit_log set before = '{"workDone":"forged"}' where id = ?`).run(third);
    expect(verifyAuditChain(t.sqlite).broken).toEqual({ id: third, reason: 'altered' });
    const failed = verifyCli();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`broken at record ${third}: .*altered`));

    t.sqlite.prepare(`delete from audit_log where id >= ?`).run(third);
    write(2);
    t.sqlite.prepare(`delete from audit_log where id = ?`).run(ids()[2]);
    expect(verifyAuditChain(t.sqlite).broken).toMatchObject({ id: ids()[2], reason: 'link' });

    t.sqlite.prepare(`delete from audit_log where id > ?`).run(second);
    t.sqlite.prepare(`insert into audit_log (at, action, result) values (?, 'by hand', 'success')`).run(Date.now());
    expect(verifyAuditChain(t.sqlite).broken).toMatchObject({ id: ids()[2], reason: 'unchained' });
  });
});
