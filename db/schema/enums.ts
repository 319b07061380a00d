// Column enums, in a file without drizzle imports so client components can use them too.
export const UNIT_KINDS = ['office', 'government', 'party', 'township', 'farm_park'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
// The groups are the scoring module's: one constant for the column, the rubric and the ranking.
export { GROUPS as UNIT_GROUPS, type Group as UnitGroup } from '../../lib/scoring/groups';

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ASSIGNMENT_ROLES = ['lead', 'cooperating'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_STATUSES = ['active', 'archived'] as const;

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const REPORT_STATES = ['on_track', 'at_risk', 'delayed', 'completed'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REVIEW_DECISIONS = ['approved', 'returned'] as const;
export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];
export const ATTACHMENT_OWNERS = ['report', 'self_assessment'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];
export const PROPOSAL_KINDS = ['create', 'role', 'reset-password'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A unit's self-assessment sheet: a draft, submitted to the office (locked), or returned for changes. */
export const SELF_STATUSES = ['draft', 'submitted', 'returned'] as const;
export type SelfStatus = (typeof SELF_STATUSES)[number];
