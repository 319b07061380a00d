// Column enums, in a file without drizzle imports so client components can use them too.
export const UNIT_KINDS = ['office', 'government', 'party', 'township', 'farm_park'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_GROUPS = ['city', 'township'] as const;
export type UnitGroup = (typeof UNIT_GROUPS)[number];

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ASSIGNMENT_ROLES = ['lead', 'cooperating'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_STATUSES = ['active', 'archived'] as const;

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];
