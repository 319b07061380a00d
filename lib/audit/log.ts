import { auditLog, type AuditResult } from '@/db/schema';
import type { DB, Tx } from '@/db/client';

export interface AuditActor {
  userId: number | null;
  username: string | null;
  unitId: number | null;
  role: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string | number | null;
  before?: unknown;
  after?: unknown;
  result?: AuditResult;
  detail?: string;
}

/** Appends one audit record. Call it inside the write's transaction so both land or neither does. */
export function writeAudit(tx: DB | Tx, actor: AuditActor, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      userId: actor.userId,
      username: actor.username,
      unitId: actor.unitId,
      role: actor.role,
      ip: actor.ip,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId == null ? null : String(entry.objectId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      result: entry.result ?? 'success',
      detail: entry.detail ?? null,
    })
    .run();
}
