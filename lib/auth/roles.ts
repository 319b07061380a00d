export const ROLES = ['admin', 'office', 'unit', 'leader', 'assessor', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
