'use server';

import { eq } from 'drizzle-orm';
import { rounds } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { sendNotice } from '@/lib/notices/send';
import type { MessageRef } from '@/lib/validation/issues';
import { chaseRows } from './owed';
import { sendRemindersSchema } from './validation';

/**
 * 催办: the office reminds one or many units that still owe reports in a round, in one action. Only
 * units the round page offers are reminded (see `chaseableWhere`): in a closed round, those with a
 * returned report they can still resubmit. The others are left out and counted in the answer.
 */
export const sendRemindersAction = defineAction({
  name: 'reminder.send',
  permission: 'reminder.send',
  schema: sendRemindersSchema,
  run({ tx, input, user, audit, now }) {
    const round = tx.select().from(rounds).where(eq(rounds.id, input.roundId)).get();
    if (!round) throw new ActionError({ key: 'notFound' });
    const chosen = [...new Set(input.unitIds)];
    const targets = [...new Set(chaseRows(tx, round, now, chosen).map((r) => r.unitId))];
    if (targets.length === 0) throw new ActionError({ key: round.status === 'open' ? 'nothingOwed' : 'nothingOwedClosed' }, 'unitIds');
    for (const unitId of targets) {
      sendNotice(tx, { unitId, senderId: user.id, kind: 'reminder', params: { round: round.name }, body: input.message, roundId: round.id });
    }
    const skipped = chosen.length - targets.length;
    audit({ objectType: 'round', objectId: round.id, after: { reminded: targets, skipped: chosen.filter((id) => !targets.includes(id)), message: input.message } });
    const message: MessageRef = skipped > 0 ? { key: 'remindersSkipped', values: { count: targets.length, skipped } } : { key: 'remindersSent', values: { count: targets.length } };
    return { message };
  },
});
