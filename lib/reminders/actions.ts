'use server';

import { and, eq, inArray } from 'drizzle-orm';
import { assignments, rounds } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { sendNotice } from '@/lib/notices/send';
import { listOwedReports } from '@/lib/reports/owed';
import { sendRemindersSchema } from './validation';

/** 催办: the office reminds one or many units that still owe reports in a round, in one action. */
export const sendRemindersAction = defineAction({
  name: 'reminder.send',
  permission: 'reminder.send',
  schema: sendRemindersSchema,
  run({ tx, input, user, audit }) {
    const round = tx.select().from(rounds).where(eq(rounds.id, input.roundId)).get();
    if (!round) throw new ActionError({ key: 'notFound' });
    const owing = listOwedReports(tx, and(eq(rounds.id, round.id), inArray(assignments.unitId, input.unitIds)))
      .filter((r) => !r.firstSubmittedAt || r.status === 'returned')
      .map((r) => r.unitId);
    const targets = [...new Set(owing)];
    if (targets.length === 0) throw new ActionError({ key: 'nothingOwed' }, 'unitIds');
    for (const unitId of targets) {
      sendNotice(tx, { unitId, senderId: user.id, kind: 'reminder', params: { round: round.name }, body: input.message, roundId: round.id });
    }
    audit({ objectType: 'round', objectId: round.id, after: { reminded: targets, message: input.message } });
    return { message: { key: 'remindersSent', values: { count: targets.length } } };
  },
});
