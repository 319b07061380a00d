'use server';

import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { notices } from '@/db/schema';
import { findOrThrow } from '@/lib/actions/crud';
import { ScopeError, defineAction } from '@/lib/auth/action';
import { id } from '@/lib/validation/fields';
import { noticeScope } from './queries';
import { noticeTarget } from './target';

/** Opens a notice: marks it read (once, with who read it) and goes to what it is about. */
export const openNoticeAction = defineAction({
  name: 'notice.open',
  permission: 'notice.read',
  schema: z.object({ id: id() }),
  run({ tx, input, user, audit, now }) {
    const notice = findOrThrow(tx, notices, input.id, { where: noticeScope(user), orElse: () => new ScopeError('notice', input.id) });
    if (!notice.readAt) {
      tx.update(notices).set({ readAt: now, readBy: user.id }).where(eq(notices.id, notice.id)).run();
      audit({ objectType: 'notice', objectId: notice.id, after: { readAt: now } });
    }
    return { redirectTo: noticeTarget(notice, user.unitCode) ?? '/notices' };
  },
});

/** Marks every unread notice of the user's unit read. */
export const markAllNoticesReadAction = defineAction({
  name: 'notice.read-all',
  permission: 'notice.read',
  schema: z.object({}),
  run({ tx, user, audit, now }) {
    const r = tx.update(notices).set({ readAt: now, readBy: user.id }).where(and(noticeScope(user), isNull(notices.readAt))).run();
    if (r.changes > 0) audit({ objectType: 'notice', after: { markedRead: r.changes } });
  },
});
