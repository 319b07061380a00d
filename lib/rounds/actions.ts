'use server';

import { and, eq, isNull } from 'drizzle-orm';
import { measures, plans, reports, roundMeasures, rounds } from '@/db/schema';
import { findOrThrow, updateVersioned } from '@/lib/actions/crud';
import { ActionError, defineAction } from '@/lib/auth/action';
import { refreshLatestReports } from '@/lib/reports/latest';
import { deadlineInstant } from './deadline';
import { createRoundSchema, extendRoundSchema, roundIdSchema } from './validation';

/** Opens a reporting round over the chosen measures (none chosen: every current measure of the plan). */
export const createRoundAction = defineAction({
  name: 'round.create',
  permission: 'round.manage',
  schema: createRoundSchema,
  run({ tx, input, user, audit }) {
    const plan = tx.select({ startYear: plans.startYear, endYear: plans.endYear }).from(plans).where(eq(plans.id, input.planId)).get();
    if (!plan) throw new ActionError({ key: 'choose' }, 'planId');
    // The plan year the round counts toward: by default its period's, and always one of the plan's.
    const year = input.year ?? Number(input.periodStart.slice(0, 4));
    if (year < plan.startYear || year > plan.endYear) throw new ActionError({ key: 'roundYearOutsidePlan', values: { start: plan.startYear, end: plan.endYear } }, 'year');
    const current = tx
      .select({ id: measures.id })
      .from(measures)
      .where(and(eq(measures.planId, input.planId), isNull(measures.archivedAt)))
      .all()
      .map((m) => m.id);
    const chosen = input.measureIds.length ? [...new Set(input.measureIds)] : current;
    if (chosen.some((m) => !current.includes(m))) throw new ActionError({ key: 'choose' }, 'measureIds');
    if (chosen.length === 0) throw new ActionError({ key: 'roundNoMeasures' }, 'measureIds');
    const deadline = deadlineInstant(input.deadlineDay, input.deadlineTime);
    const round = tx
      .insert(rounds)
      .values({
        planId: input.planId,
        name: input.name,
        year,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        deadline,
        originalDeadline: deadline,
        createdBy: user.id,
      })
      .returning()
      .get();
    for (const measureId of chosen) tx.insert(roundMeasures).values({ roundId: round.id, measureId }).run();
    audit({ objectType: 'round', objectId: round.id, after: { ...round, measures: chosen.length } });
    return { redirectTo: `/rounds/${round.id}?created=1` };
  },
});

/** Moves a round's deadline later. Reports already sent keep their on-time status against the new deadline. */
export const extendRoundAction = defineAction({
  name: 'round.extend',
  permission: 'round.manage',
  schema: extendRoundSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, rounds, input.id);
    if (before.status === 'closed') throw new ActionError({ key: 'roundClosed' });
    const deadline = deadlineInstant(input.deadlineDay, input.deadlineTime);
    if (deadline.getTime() <= before.deadline.getTime()) throw new ActionError({ key: 'deadlineNotLater' }, 'deadlineDay');
    const after = updateVersioned(tx, rounds, input, { deadline }, now);
    // The latest report of an assignment is ordered by round deadline, which just moved.
    const affected = tx.select({ a: reports.assignmentId }).from(reports).where(eq(reports.roundId, input.id)).all().map((r) => r.a);
    refreshLatestReports(tx, affected);
    audit({ objectType: 'round', objectId: input.id, before, after });
    return { message: { key: 'roundExtended' } };
  },
});

/** Closes a round: no more reports or edits in it; submitted reports can still be reviewed. */
export const closeRoundAction = defineAction({
  name: 'round.close',
  permission: 'round.manage',
  schema: roundIdSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, rounds, input.id);
    if (before.status === 'closed') return;
    const after = updateVersioned(tx, rounds, before, { status: 'closed', closedAt: now }, now);
    audit({ objectType: 'round', objectId: input.id, before, after });
    return { message: { key: 'roundClosedNow' } };
  },
});

/** Reopens a closed round (for instance to let a late unit report). */
export const reopenRoundAction = defineAction({
  name: 'round.reopen',
  permission: 'round.manage',
  schema: roundIdSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, rounds, input.id);
    if (before.status === 'open') return;
    const after = updateVersioned(tx, rounds, before, { status: 'open', closedAt: null }, now);
    audit({ objectType: 'round', objectId: input.id, before, after });
  },
});
