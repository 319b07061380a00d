import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';

/** Demo mode: the demo seed was run on purpose, so demo accounts exist. The sign-in page says so. */
export function isDemoMode(): boolean {
  return !!db.select({ id: users.id }).from(users).where(eq(users.isDemo, true)).limit(1).get();
}
