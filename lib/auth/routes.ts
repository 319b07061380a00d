import { can, type Permission } from './permissions';
import type { Role } from './roles';

/**
 * Who may open each route, from the one permission table. `ownUnit`: a reporting officer may also
 * open it for records of its own unit (and, for reports, those of units on measures it leads).
 * The gate (lib/auth/gate.ts) reads it for every page and route handler; records are then checked
 * by the area's access rule. A unit test fails when a route is missing from the list.
 */
export type RouteAccess = { public: true } | { signedIn: true } | { permission: Permission; ownUnit?: boolean };

export const ROUTES = {
  '/': { signedIn: true },
  '/login': { public: true },
  '/api/auth/[...nextauth]': { public: true },
  '/api/health': { public: true },
  '/account/password': { permission: 'account.self' },
  '/notices': { permission: 'notice.read' },
  '/todo': { permission: 'report.review' },

  '/plan': { permission: 'plan.read' },
  '/measures/[code]': { permission: 'plan.read' },
  '/units/[code]': { permission: 'unit.read.any', ownUnit: true },
  '/plans': { permission: 'plan.edit' },
  '/plans/[id]': { permission: 'plan.edit' },
  '/plans/[id]/tasks/new': { permission: 'plan.edit' },
  '/plans/[id]/tasks/[taskId]': { permission: 'plan.edit' },
  '/plans/[id]/measures/new': { permission: 'plan.edit' },
  '/plans/[id]/measures/[measureId]': { permission: 'plan.edit' },

  '/assignments': { permission: 'assignment.manage' },
  '/assignments/measure/[measureId]': { permission: 'assignment.manage' },
  '/assignments/export': { permission: 'assignment.manage' },
  '/assignments/import': { permission: 'assignment.import' },
  '/assignments/import/[jobId]': { permission: 'assignment.import' },
  '/assignments/[id]': { permission: 'unit.read.any', ownUnit: true },

  '/rounds': { permission: 'round.manage' },
  '/rounds/new': { permission: 'round.manage' },
  '/rounds/[id]': { permission: 'round.manage' },
  '/reports/[id]': { permission: 'progress.read.all', ownUnit: true },
  '/api/attachments/[id]': { permission: 'progress.read.all', ownUnit: true },
  '/review': { permission: 'report.review' },
  '/extensions': { permission: 'extension.decide' },

  '/assessments': { permission: 'assessment.published.read' },
  '/assessments/[year]': { permission: 'assessment.published.read' },
  '/assessments/[year]/rubric': { permission: 'rubric.manage' },
  '/assessments/[year]/rubric/indicator': { permission: 'rubric.manage' },
  '/assessments/[year]/rubric/export': { permission: 'rubric.manage' },
  '/assessments/[year]/self': { permission: 'assessment.self' },
  '/assessments/[year]/units/[code]': { permission: 'assessment.results.read', ownUnit: true },
  '/assessments/[year]/results': { permission: 'assessment.published.read' },
  '/assessments/[year]/bulletin': { permission: 'assessment.published.read' },
  '/assessments/[year]/bulletin/xlsx': { permission: 'assessment.published.read' },

  '/registers': { permission: 'register.read' },
  '/registers/campaigns': { permission: 'register.configure' },
  '/registers/[name]': { permission: 'register.read' },
  '/registers/[name]/new': { permission: 'register.write' },
  '/registers/[name]/[id]': { permission: 'register.read' },
  '/registers/[name]/export': { permission: 'register.read' },
  '/registers/[name]/import': { permission: 'register.import' },
  '/registers/[name]/import/[jobId]': { permission: 'register.import' },

  '/dashboard': { permission: 'dashboard.read' },
  '/dashboard/list': { permission: 'dashboard.read' },
  '/reports/annual': { permission: 'annualReport.edit' },
  '/reports/annual/[year]': { permission: 'annualReport.edit' },
  '/reports/annual/[year]/docx': { permission: 'annualReport.edit' },

  '/admin/users': { permission: 'user.manage' },
  '/admin/users/new': { permission: 'user.manage' },
  '/admin/users/[id]': { permission: 'user.manage' },
  '/admin/users/pending': { permission: 'user.change.read' },
  '/admin/units': { permission: 'unit.manage' },
  '/admin/units/new': { permission: 'unit.manage' },
  '/admin/units/[id]': { permission: 'unit.manage' },
  '/admin/units/contacts/import': { permission: 'unit.manage' },
  '/admin/units/contacts/import/[jobId]': { permission: 'unit.manage' },
  '/admin/units/contacts/export': { permission: 'unit.manage' },
  '/admin/settings': { permission: 'settings.manage' },
  '/audit': { permission: 'audit.read' },
  '/audit/export': { permission: 'audit.export' },
} as const satisfies Record<string, RouteAccess>;

/** A route pattern of the table: pages and handlers name theirs, so a typo fails the type check. */
export type RouteKey = keyof typeof ROUTES;

/**
 * Why the gate refuses a signed-in user a route, or null when it lets them through: a password change
 * comes before everything but the change itself; then the route's permission (or, for `ownUnit`
 * routes, a reporting officer's own-unit permission — the record's access rule decides the rest).
 */
export function gateRefusal(user: { role: Role; mustChangePassword: boolean }, route: RouteKey): 'password' | 'forbidden' | null {
  const access: RouteAccess = ROUTES[route];
  if ('public' in access) return null;
  if (user.mustChangePassword && route !== '/account/password') return 'password';
  if ('signedIn' in access) return null;
  if (can(user.role, access.permission)) return null;
  if (access.ownUnit && can(user.role, 'unit.read.own')) return null;
  return 'forbidden';
}
