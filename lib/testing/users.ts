import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { units, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { RedirectSignal } from './mocks/next-navigation';

/** The signed-in user as the session would give it, for a seeded account. */
export function testUser(username: string): CurrentUser {
  const u = db.select().from(users).where(eq(users.username, username)).get();
  if (!u) throw new Error(`no user ${username}`);
  const unit = db.select().from(units).where(eq(units.id, u.unitId)).get()!;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    unitCode: unit.code,
    unitName: unit.name,
    sid: `test-${u.username}`,
    mustChangePassword: false,
    passwordExpired: false,
    isDemo: true,
    ip: '127.0.0.1',
  };
}

type AnyAction = (prev: undefined, payload: FormData | Record<string, unknown>) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string>; conflict?: boolean; data?: unknown }>;

/** Calls an action the way a form would; a redirect counts as success and says where it went. */
export async function run(action: AnyAction, payload: FormData | Record<string, unknown>) {
  try {
    return { redirect: undefined as string | undefined, ...(await action(undefined, payload)) };
  } catch (e) {
    if (e instanceof RedirectSignal) return { ok: true, redirect: e.url, message: undefined, fieldErrors: undefined, conflict: undefined, data: undefined };
    throw e;
  }
}
