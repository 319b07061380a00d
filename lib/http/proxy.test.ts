import { afterAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { replaceConnection } from '@/db/client';
import { tempDatabase } from '@/lib/testing/temp-db';
import { proxy } from '@/proxy';

const t = tempDatabase();
replaceConnection({ sqlite: t.sqlite, db: t.db });
afterAll(() => t.cleanup());

const signedIn = { cookie: 'authjs.session-token=x' };

describe('what every request passes first (proxy.ts)', () => {
  it('sends HSTS over HTTPS only', () => {
    expect(proxy(new NextRequest('https://fzzf.example/plan', { headers: signedIn })).headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(proxy(new NextRequest('http://fzzf.example/plan', { headers: signedIn })).headers.get('strict-transport-security')).toBeNull();
  });

  it('refuses a write from another site’s page and audits it, naming the page', () => {
    const res = proxy(new NextRequest('http://fzzf.example/admin/users/new', { method: 'POST', headers: { ...signedIn, host: 'fzzf.example', origin: 'http://evil.example' } }));
    expect(res.status).toBe(403);
    const record = t.sqlite.prepare(`select * from audit_log where action = 'security.cross-origin'`).get() as Record<string, unknown>;
    expect(record).toMatchObject({ result: 'denied', object_type: 'page', object_id: '/admin/users/new', detail: 'POST from http://evil.example' });
    // The same site's own form goes through.
    expect(proxy(new NextRequest('http://fzzf.example/admin/users/new', { method: 'POST', headers: { ...signedIn, host: 'fzzf.example', origin: 'http://fzzf.example' } })).status).toBe(200);
  });
});
