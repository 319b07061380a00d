import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ALL_PERMISSIONS } from './permissions';
import { ROLES } from './roles';
import { ROUTES, gateRefusal, type RouteAccess, type RouteKey } from './routes';

/** Every page and route handler under app/, as the URL pattern it serves. */
function appRoutes(dir = 'app'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return appRoutes(path);
    if (!/^(page\.tsx|route\.ts)$/.test(name)) return [];
    const parts = relative('app', dir)
      .split(sep)
      .filter((p) => p && !/^\(.*\)$/.test(p));
    return [`/${parts.join('/')}`];
  });
}

describe('route access list', () => {
  it('covers every page and route handler (a new route without an entry fails here)', () => {
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) expect(ROUTES, `${route} has no entry in lib/auth/routes.ts`).toHaveProperty([route]);
    for (const listed of Object.keys(ROUTES)) expect(routes, `${listed} is listed but does not exist`).toContain(listed);
  });

  it('names only permissions of the one table', () => {
    for (const access of Object.values(ROUTES)) if ('permission' in access) expect(ALL_PERMISSIONS).toContain(access.permission);
  });
});

describe('the gate', () => {
  const routes = Object.keys(ROUTES) as RouteKey[];

  it('sends a user who must change the password to the change, on every route and export but the change itself', () => {
    for (const role of ROLES) {
      for (const route of routes) {
        const access: RouteAccess = ROUTES[route];
        const expected = 'public' in access ? null : route === '/account/password' ? gateRefusal({ role, mustChangePassword: false }, route) : 'password';
        expect(gateRefusal({ role, mustChangePassword: true }, route), `${role} ${route}`).toBe(expected);
      }
    }
  });

  it('admits a reporting officer to its own-unit routes (the record decides) and to nothing of the office', () => {
    const unit = { role: 'unit' as const, mustChangePassword: false };
    for (const r of ['/units/[code]', '/assignments/[id]', '/reports/[id]', '/api/attachments/[id]', '/assessments/[year]/units/[code]', '/assessments/[year]/self'] as const)
      expect(gateRefusal(unit, r), r).toBeNull();
    for (const r of ['/review', '/rounds', '/dashboard', '/assignments/export', '/reports/annual/[year]/docx', '/audit/export', '/admin/users'] as const)
      expect(gateRefusal(unit, r), r).toBe('forbidden');
    expect(gateRefusal({ role: 'leader', mustChangePassword: false }, '/dashboard')).toBeNull();
    expect(gateRefusal({ role: 'leader', mustChangePassword: false }, '/assignments/export')).toBe('forbidden');
  });

  it('keeps the separation of duties: the administrator opens no business or audit route, the auditor only the audit log', () => {
    const open = (role: (typeof ROLES)[number]) => routes.filter((r) => !('public' in ROUTES[r]) && gateRefusal({ role, mustChangePassword: false }, r) === null);
    // The auditor reads the audit log and confirms the administrator's account changes (三员分立), nothing else.
    expect(open('auditor').sort()).toEqual(['/', '/account/password', '/admin/users/pending', '/audit', '/audit/export']);
    expect(open('admin').every((r) => r === '/' || r.startsWith('/admin/') || r === '/account/password')).toBe(true);
  });
});
