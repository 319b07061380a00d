// Column enums, in a file without drizzle imports so client components can use them too.
/**
 * `external`: a body that cooperates on measures (市人民检察院, 市人民法院) but is not one of the
 * government's units: it reports, and is never taken into the year-end assessment or its ranking.
 */
export const UNIT_KINDS = ['office', 'government', 'party', 'township', 'farm_park', 'external'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
/** Kinds of unit assessed and ranked at year end. */
export const ASSESSED_UNIT_KINDS = ['office', 'government', 'party', 'township', 'farm_park'] as const satisfies readonly UnitKind[];
// The groups are the scoring module's: one constant for the column, the rubric and the ranking.
export { GROUPS as UNIT_GROUPS, type Group as UnitGroup } from '../../lib/scoring/groups';

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A row of a plan's breakdown: one of the plan's measures, or one of a year's key points (年度工作要点). */
export const MEASURE_KINDS = ['measure', 'key_point'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
/** How progress is reported: against a due date (percent and state) or ongoing (长期坚持: state only). */
export const MEASURE_PROGRESS = ['deadline', 'ongoing'] as const;
export type MeasureProgress = (typeof MEASURE_PROGRESS)[number];
/**
 * Who a group duty (按职责分工负责) goes to: every city unit, every township, every unit holding
 * enforcement powers, every unit issuing normative documents, or a saved list of units. Only
 * assessed kinds of unit (ASSESSED_UNIT_KINDS) are taken into the four built-in groups.
 */
export const DUTY_SCOPES = ['city', 'township', 'enforcement', 'issuer', 'list'] as const;
export type DutyScope = (typeof DUTY_SCOPES)[number];

export const ASSIGNMENT_ROLES = ['lead', 'cooperating'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_STATUSES = ['active', 'archived'] as const;

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
/**
 * A report's state. A measure with a due date uses on_track / at_risk / delayed / completed with a
 * percentage; an ongoing (长期坚持) one uses on_track (按序时推进) / delayed (推进滞后) / not_started
 * (未启动) and no percentage (MEASURE_PROGRESS).
 */
export const REPORT_STATES = ['on_track', 'at_risk', 'delayed', 'completed', 'not_started'] as const;
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
