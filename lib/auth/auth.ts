import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { z } from 'zod';
import { authSecret } from './secret';
import { SETTING_DEFS } from '@/lib/settings/defs';
import { endSession, sessionIsLive, signInWithPassword } from './sign-in';
import { clientIp } from '@/lib/request-ip';
import type { Role } from './roles';
import type { SignInCode } from './sign-in-codes';


export class SignInRefused extends CredentialsSignin {
  constructor(code: SignInCode) {
    super();
    this.code = code;
  }
}

const CODE_OF = { invalid: 'invalid', locked: 'invalid', rateLimited: 'rate_limited', busy: 'busy' } as const;

/** The request's client address, when there is a request (the sign-out event has none of its own). */
async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
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
        if (!parsed.success) throw new SignInRefused('invalid');
        let result;
        try {
          result = await signInWithPassword({
            ...parsed.data,
            ip: clientIp(request.headers),
            userAgent: request.headers.get('user-agent'),
          });
        } catch (error) {
          // Anything else thrown here would become Auth.js's "Configuration" error page.
          console.error('[auth] sign-in failed', error);
          throw new SignInRefused('unavailable');
        }
        if (!result.ok) throw new SignInRefused(CODE_OF[result.reason]);
        const u = result.user;
        return { id: String(u.id), name: u.name, unitId: u.unitId, role: u.role, sid: u.sid };
      },
    }),
  ],
  events: {
    // Auth.js's own POST /api/auth/signout, and signOut() from the app: the server session ends too.
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (sid) endSession(sid, 'sign-out', new Date(), await requestIp());
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.unitId = user.unitId;
        token.role = user.role;
        token.sid = user.sid;
        return token;
      }
      // An ended, timed-out or deactivated session is signed out everywhere, /api/auth/session included.
      if (!token.sid || !sessionIsLive(token.sid, new Date(), await requestIp())) return null;
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
