import type { Permission } from './permissions';

/**
 * Who may open each route, from the one permission table. `ownUnit`: a reporting officer may also
 * open it for records of its own unit (and, for reports, those of units on measures it leads).
 * Pages enforce this themselves (requirePermission / scoped queries); this list is what the
 * authorization tests check every route against, and a unit test fails when a route is missing.
 */
export type RouteAccess = { public: true } | { signedIn: true } | { permission: Permission; ownUnit?: boolean };

export const ROUTES: Record<string, RouteAccess> = {
  '/': { signedIn: true },
  '/login': { public: true },
  '/api/auth/[...nextauth]': { public: true },
  '/api/health': { public: true },
  '/account/password': { permission: 'account.self' },
  '/notices': { permission: 'notice.read' },

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
  '/admin/settings': { permission: 'settings.manage' },
  '/audit': { permission: 'audit.read' },
  '/audit/export': { permission: 'audit.export' },
};
