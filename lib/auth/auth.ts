import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authSecret } from './secret';
import { SETTING_DEFS } from '@/lib/settings/defs';
import { signInWithPassword } from './sign-in';
import { clientIp } from '@/lib/request-ip';
import type { Role } from './roles';

/** The `code` tells the sign-in form which message to show; it never says whether the user name exists. */
export class InvalidCredentials extends CredentialsSignin {
  code = 'invalid';
}
export class AccountLocked extends CredentialsSignin {
  code = 'locked';
}

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  // The cookie lives as long as the longest allowed session; the server ends it sooner (lib/auth/session.ts).
  session: { strategy: 'jwt', maxAge: SETTING_DEFS.sessionAbsoluteHours.max * 3600 },
  pages: { signIn: '/login' },
  logger: {
    // A refused sign-in is expected and already audited; only real faults go to the server log.
    error(error: Error) {
      if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await signInWithPassword({
          ...parsed.data,
          ip: clientIp(request.headers),
          userAgent: request.headers.get('user-agent'),
        });
        if (!result.ok) throw result.reason === 'locked' ? new AccountLocked() : new InvalidCredentials();
        const u = result.user;
        return { id: String(u.id), name: u.name, unitId: u.unitId, role: u.role, sid: u.sid };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.unitId = user.unitId;
        token.role = user.role;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: String(token.uid),
        unitId: token.unitId,
        role: token.role,
        sid: token.sid,
      };
      return session;
    },
  },
}));

declare module 'next-auth' {
  interface User {
    unitId: number;
    role: Role;
    sid: string;
  }
  interface Session {
    user: { id: string; name?: string | null; unitId: number; role: Role; sid: string };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid: number;
    unitId: number;
    role: Role;
    sid: string;
  }
}
