import type { Tx } from '@/db/client';
import { notices } from '@/db/schema';

export type NoticeKind =
  | 'assignment_created'
  | 'assignment_changed'
  | 'assignment_removed'
  | 'reminder'
  | 'reminder_auto'
  | 'report_returned'
  | 'report_approved'
  | 'extension_decided'
  | 'extension_requested'
  | 'assessment_stage'
  | 'self_returned';

export interface NoticeInput {
  unitId: number;
  /** The unit's reporting officers (default) or, for the office's own unit, its staff. */
  audience?: 'unit' | 'office';
  senderId: number | null;
  kind: NoticeKind;
  params: Record<string, string | number | null>;
  body?: string | null;
  assignmentId?: number | null;
  roundId?: number | null;
  /** When set, a second notice with the same key is silently not sent. */
  dedupeKey?: string;
}

/** Sends a notice inside the caller's transaction; returns false when its dedupe key was already used. */
export function sendNotice(tx: Tx, input: NoticeInput): boolean {
  const r = tx
    .insert(notices)
    .values({
      unitId: input.unitId,
      audience: input.audience ?? 'unit',
      senderId: input.senderId,
      kind: input.kind,
      params: input.params,
      body: input.body ?? null,
      assignmentId: input.assignmentId ?? null,
      roundId: input.roundId ?? null,
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: notices.dedupeKey })
    .run();
  return r.changes > 0;
}
