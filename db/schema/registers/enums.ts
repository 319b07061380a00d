// Register value lists, in a file without drizzle imports so client components can use them too.
export const DOCUMENT_ISSUERS = ['unit', 'government'] as const;
export const REVIEW_OUTCOMES = ['passed', 'amended', 'rejected'] as const;
export const CLEANUP_OUTCOMES = ['valid', 'amend', 'invalid', 'repeal'] as const;
export const LEGAL_WORK_KINDS = ['review', 'counsel'] as const;
export const LEGAL_REVIEW_KINDS = ['major_decision', 'normative_document', 'contract', 'investment', 'other'] as const;
export const COUNSEL_KINDS = ['litigation', 'meeting', 'opinion', 'non_litigation'] as const;
export const REVIEWED_BY = ['legal_office', 'counsel'] as const;
export const RECONSIDERATION_ROLES = ['organ', 'third_party', 'respondent'] as const;
export const RECONSIDERATION_OUTCOMES = ['upheld', 'dismissed', 'revoked', 'varied', 'confirmed_illegal', 'ordered', 'mediated', 'settled', 'terminated'] as const;
/** Outcomes that correct the decision under review (纠错): 撤销, 变更, 确认违法, 责令履行. */
export const CORRECTING_OUTCOMES = ['revoked', 'varied', 'confirmed_illegal', 'ordered'] as const;
export const LITIGATION_OUTCOMES = ['won', 'lost', 'withdrawn', 'mediated', 'other'] as const;
