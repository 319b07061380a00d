import type { Role } from './roles';

/**
 * The one role → permission table. Every page, query and server action asks `can(role, permission)`
 * (through the gate in lib/auth/gate.ts and defineAction); nothing else decides who may do what.
 * Scope (own unit vs. any unit) is applied on top of this in the queries themselves.
 */
export const PERMISSIONS = {
  // Everyone signed in
  'account.self': ['admin', 'office', 'unit', 'leader', 'assessor', 'auditor'],
  /** Notices go to a unit's reporting officers and to the office staff (see lib/notices/queries.ts). */
  'notice.read': ['office', 'unit'],

  // The plan and its structure (the published plan is readable by everyone who works on it)
  'plan.read': ['office', 'unit', 'leader', 'assessor'],
  'plan.edit': ['office'],
  'assignment.manage': ['office'],
  'assignment.import': ['office'],

  // Units' pages: `unit` may open its own unit only (applied in the query); the others any unit
  'unit.read.own': ['unit'],
  'unit.read.any': ['office', 'leader', 'assessor'],
  /** Everyone's progress and traffic lights across units. */
  'progress.read.all': ['office', 'leader', 'assessor'],

  // Progress reporting
  'round.manage': ['office'],
  'report.write': ['unit'],
  'report.review': ['office'],
  'reminder.send': ['office'],
  'extension.request': ['unit'],
  'extension.decide': ['office'],

  // Year-end assessment
  'rubric.manage': ['office'],
  'assessment.manage': ['office'],
  'assessment.self': ['unit'],
  'assessment.score': ['assessor'],
  /** Results before publication; after publication every unit sees the ranking and its own sheet. */
  'assessment.results.read': ['office', 'leader', 'assessor'],
  'assessment.published.read': ['office', 'leader', 'assessor', 'unit'],

  // Registers of legal work (工作台账): a unit keeps its own records; the office every unit's
  'register.read': ['office', 'leader', 'assessor', 'unit'],
  /** Every unit's records (without it: the user's own unit's only). */
  'register.read.all': ['office', 'leader', 'assessor'],
  'register.write': ['office', 'unit'],
  /** Enter and correct any unit's records (without it: the user's own unit's only). */
  'register.write.all': ['office'],
  /** Personal data (applicants, names, certificate numbers) of every record, and its export. */
  'register.personal': ['office'],
  'register.import': ['office'],
  /** Register settings: clean-up campaigns, the filing period. */
  'register.configure': ['office'],

  // Leaders and reporting
  'dashboard.read': ['leader', 'office'],
  'annualReport.edit': ['office'],

  // System administration (三员分立: admin, auditor and the business roles do not overlap)
  'user.manage': ['admin'],
  /** Changes to administrator accounts need a second administrator of another kind (lib/users/proposals.ts). */
  'user.change.read': ['admin', 'auditor'],
  'user.change.confirm': ['auditor'],
  'unit.manage': ['admin'],
  'settings.manage': ['admin'],
  'audit.read': ['auditor'],
  'audit.export': ['auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return ALL_PERMISSIONS.filter((p) => can(role, p));
}
