import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { testUser } from '@/lib/testing/users';
import { signInAs } from '@/lib/testing/mocks/session';
import { ROLES } from './roles';
import { gateRefusal, type RouteKey } from './routes';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every route handler under app/ except Auth.js's own and the health check, with the route it serves. */
const modules = import.meta.glob<{ GET?: Handler }>(['/app/**/route.ts', '!/app/api/auth/**', '!/app/api/health/**']);
const routeOf = (file: string) =>
  file
    .replace(/^\/app/, '')
    .replace(/\/route\.ts$/, '')
    .replace(/\/\([^/]+\)/g, '') as RouteKey;
const PARAMS: Record<string, string> = { id: '1', year: '2018', code: 'fgw', jobId: '1', name: 'litigation' };

let handlers: [RouteKey, Handler][] = [];
beforeAll(async () => {
  handlers = await Promise.all(
    Object.entries(modules).map(async ([file, load]) => {
      const mod = await load();
      if (!mod.GET) throw new Error(`${file} has no GET`);
      return [routeOf(file), mod.GET] as [RouteKey, Handler];
    }),
  );
});

const deniedRows = (route: string) =>
  db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.result, 'denied'), eq(auditLog.objectType, 'route'), eq(auditLog.objectId, route))).get()!.n;

async function get(route: RouteKey, handler: Handler) {
  const params = Object.fromEntries([...route.matchAll(/\[(\w+)\]/g)].map(([, k]) => [k!, PARAMS[k!] ?? '1']));
  return handler(new Request(`http://localhost${route}`), { params: Promise.resolve(params) });
}

describe('route handlers behind the one gate', () => {
  it('finds every export and download', () => {
    expect(handlers.map(([r]) => r).sort()).toEqual(
      [
        '/api/attachments/[id]',
        '/assessments/[year]/bulletin/xlsx',
        '/assessments/[year]/rubric/export',
        '/admin/units/contacts/export',
        '/assignments/export',
        '/audit/export',
        '/registers/[name]/export',
        '/reports/annual/[year]/docx',
      ].sort(),
    );
  });

  it('answer 401 to a signed-out request', async () => {
    signInAs(null);
    for (const [route, handler] of handlers) expect((await get(route, handler)).status, route).toBe(401);
  });

  it('refuse (403, audited) every role while a password change is due, even where the role is allowed', async () => {
    for (const role of ROLES) {
      const user = { ...testUser({ admin: 'admin', office: 'office', leader: 'leader', assessor: 'assessor', auditor: 'auditor', unit: 'fgw' }[role]), mustChangePassword: true };
      signInAs(user);
      for (const [route, handler] of handlers) {
        const before = deniedRows(route);
        const res = await get(route, handler);
        expect(res.status, `${role} ${route}`).toBe(403);
        expect(await res.text()).toBe('');
        expect(deniedRows(route), `${role} ${route} audited`).toBe(before + 1);
      }
    }
  });

  it('refuse (403, audited) a role without the route permission, and let the allowed role through the gate', async () => {
    for (const role of ROLES) {
      signInAs(testUser({ admin: 'admin', office: 'office', leader: 'leader', assessor: 'assessor', auditor: 'auditor', unit: 'fgw' }[role]));
      for (const [route, handler] of handlers) {
        const before = deniedRows(route);
        const res = await get(route, handler);
        const refused = gateRefusal({ role, mustChangePassword: false }, route) !== null;
        if (refused) {
          expect(res.status, `${role} ${route}`).toBe(403);
          expect(deniedRows(route), `${role} ${route} audited`).toBe(before + 1);
        } else {
          expect(deniedRows(route), `${role} ${route} not refused by the gate`).toBe(before);
        }
        expect(res.headers.get('cache-control'), route).toContain('no-store');
        expect(res.headers.get('x-content-type-options'), route).toBe('nosniff');
      }
    }
  });
});
