import { desc, isNotNull } from 'drizzle-orm';
import { auditLog, type AuditResult } from '@/db/schema';
import type { DB, Tx } from '@/db/client';
import { GENESIS_HASH, recordHash } from './chain';

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

function append(tx: DB | Tx, actor: AuditActor, entry: AuditEntry): void {
  const prevHash = tx.select({ hash: auditLog.hash }).from(auditLog).where(isNotNull(auditLog.hash)).orderBy(desc(auditLog.id)).limit(1).get()?.hash ?? GENESIS_HASH;
  const row = {
    at: new Date(),
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
  };
  tx.insert(auditLog)
    .values({ ...row, prevHash, hash: recordHash(prevHash, row) })
    .run();
}

/**
 * Appends one audit record, chained to the one before by its hash. Call it inside the write's
 * transaction so both land or neither does; called on the database itself it takes its own
 * IMMEDIATE transaction, so that two processes never chain to the same record.
 */
export function writeAudit(tx: DB | Tx, actor: AuditActor, entry: AuditEntry): void {
  const client = (tx as { $client?: { inTransaction: boolean } }).$client;
  if (client && !client.inTransaction) (tx as DB).transaction((inner) => append(inner, actor, entry), { behavior: 'immediate' });
  else append(tx, actor, entry);
}
