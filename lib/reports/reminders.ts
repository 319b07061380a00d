/** 3 days before, 1 day before, and the day after a missed deadline. */
export type ReminderKind = 'before3' | 'before1' | 'after';

/** A reporting round as the reminder job sees it; closed rounds are never chased. */
export interface ReminderRound {
  id: number;
  deadline: Date;
  closed: boolean;
}

/** One assignment's report for one round that may still be owed. */
export interface Owed {
  roundId: number;
  unitId: number;
  assignmentId: number;
  /** The report has no firstSubmittedAt. */
  missing: boolean;
  /** The report's latest status is returned (not resubmitted since). */
  returned: boolean;
}

/** A reminder to send to one unit for one round, listing its assignments still owing. */
export interface DueReminder {
  roundId: number;
  unitId: number;
  kind: ReminderKind;
  /** Ascending, without duplicates. */
  assignmentIds: number[];
  dedupeKey: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which kind of reminder a round is due for at `now`, if any:
 * - before3 when `deadline - 3d <= now < deadline - 1d`;
 * - before1 when `deadline - 1d <= now < deadline`;
 * - after when `deadline < now <= deadline + 2d`.
 * Exactly at the deadline (its last millisecond) nothing is due: it is neither before nor missed.
 * After `deadline + 2d` nothing is due, so a job that was down does not send stale reminders.
 */
export function reminderKindAt(deadline: Date, now: Date): ReminderKind | null {
  const d = deadline.getTime();
  const n = now.getTime();
  if (d - 3 * DAY_MS <= n && n < d - DAY_MS) return 'before3';
  if (d - DAY_MS <= n && n < d) return 'before1';
  if (d < n && n <= d + 2 * DAY_MS) return 'after';
  return null;
}

/**
 * The dedupe key of a reminder, e.g. "reminder:r12:u5:before3:d1530633599999": the deadline is part
 * of it, so that a round whose deadline is extended gets its reminders again for the new date.
 */
export function reminderKey(roundId: number, unitId: number, kind: ReminderKind, deadline: Date): string {
  return `reminder:r${roundId}:u${unitId}:${kind}:d${deadline.getTime()}`;
}

/**
 * One reminder per round × unit × kind (listing that unit's assignments still owing), minus those already sent.
 *
 * Only the window `now` falls in counts (see `reminderKindAt`): windows that passed while the job was
 * down are skipped, not caught up. Closed rounds, rounds outside every window, owed rows for unknown
 * rounds, and units with nothing missing or returned get nothing. `alreadySent` holds the dedupe keys
 * sent before, so running the job again sends nothing twice. The key includes the deadline: after
 * an extension the reminders for the new deadline are sent in their turn.
 * Sorted by round id, then unit id.
 */
export function dueReminders(
  rounds: ReminderRound[],
  owed: Owed[],
  now: Date,
  alreadySent: ReadonlySet<string>,
): DueReminder[] {
  const kindOf = new Map<number, { kind: ReminderKind; deadline: Date }>();
  for (const round of rounds) {
    if (round.closed) continue;
    const kind = reminderKindAt(round.deadline, now);
    if (kind) kindOf.set(round.id, { kind, deadline: round.deadline });
  }

  const byKey = new Map<string, { roundId: number; unitId: number; kind: ReminderKind; ids: Set<number> }>();
  for (const o of owed) {
    const due = kindOf.get(o.roundId);
    if (!due || !(o.missing || o.returned)) continue;
    const { kind } = due;
    const key = reminderKey(o.roundId, o.unitId, kind, due.deadline);
    if (alreadySent.has(key)) continue;
    const entry = byKey.get(key) ?? { roundId: o.roundId, unitId: o.unitId, kind, ids: new Set<number>() };
    entry.ids.add(o.assignmentId);
    byKey.set(key, entry);
  }

  return [...byKey.entries()]
    .map(([dedupeKey, e]) => ({
      roundId: e.roundId,
      unitId: e.unitId,
      kind: e.kind,
      assignmentIds: [...e.ids].sort((a, b) => a - b),
      dedupeKey,
    }))
    .sort((a, b) => a.roundId - b.roundId || a.unitId - b.unitId);
}
