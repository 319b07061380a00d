export const ROLES = ['admin', 'office', 'unit', 'leader', 'assessor', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The administrators (三员分立): the system administrator and the audit administrator. Making an
 * account one of them, changing such an account's role, or resetting its password takes two
 * people, one of each kind (lib/users/proposals.ts).
 */
export const ADMIN_ROLES = ['admin', 'auditor'] as const satisfies readonly Role[];

export function isAdminRole(role: Role | null | undefined): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(role ?? '');
}
