// Stand-in for lib/auth/auth (next-auth itself does not load outside Next.js).
export const auth = async () => null;
export const signIn = async () => undefined;
export const signOut = async () => undefined;
export const handlers = {};
