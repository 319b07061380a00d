import type { CurrentUser } from '@/lib/auth/session';

/** The signed-in user the session stand-in reports; tests set it with signInAs. */
const state = { user: null as CurrentUser | null };

export function signInAs(user: CurrentUser | null) {
  state.user = user;
}

export const getCurrentUser = async () => state.user;
