import 'server-only';
import { and, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { notices } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';
import { paginate } from '@/lib/list/paginate';

export const NOTICES_PAGE_SIZE = 30;

interface Reader {
  role: Role;
  unitId: number;
}

/** Notices reach a unit's reporting officers, or the office staff when addressed to them. */
export function noticeScope(user: Reader): SQL {
  if (user.role !== 'unit' && user.role !== 'office') return sql`0`;
  return and(eq(notices.unitId, user.unitId), eq(notices.audience, user.role))!;
}

export function unreadNoticeCount(user: Reader): number {
  return db.select({ n: count() }).from(notices).where(and(noticeScope(user), isNull(notices.readAt))).get()?.n ?? 0;
}

export function listNotices(user: Reader, page: number) {
  return paginate(db.select().from(notices).where(noticeScope(user)).orderBy(desc(notices.createdAt), desc(notices.id)), page, NOTICES_PAGE_SIZE);
}
