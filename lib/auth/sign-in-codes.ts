/**
 * Why a sign-in was refused, as the sign-in form (and `/login?code=`) shows it. A wrong password, an
 * unknown name and a lock are one answer, `invalid`: nothing tells whether a name exists or is locked.
 */
export const SIGN_IN_CODES = ['invalid', 'rate_limited', 'busy', 'unavailable'] as const;
export type SignInCode = (typeof SIGN_IN_CODES)[number];
