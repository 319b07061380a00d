import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ALL_PERMISSIONS } from './permissions';
import { ROUTES } from './routes';

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
