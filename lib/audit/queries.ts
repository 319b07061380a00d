import 'server-only';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { contains, unitsMatching } from '@/db/helpers';
import { auditLog, units, type AuditResult } from '@/db/schema';
import { endOfDayShanghai } from '@/lib/i18n/format';
import { redactForAuditor } from './redact';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  user?: string;
  /** A unit's code or part of its name. */
  unit?: string;
  /** Object type, optionally with `#id`: `report`, `report#12`. */
  object?: string;
  action?: string;
  result?: AuditResult;
  /** YYYY-MM-DD, days in Asia/Shanghai, inclusive. */
  from?: string;
  to?: string;
}

function objectConditions(object?: string): (SQL | undefined)[] {
  if (!object) return [];
  const [type, objectId] = object.split('#');
  return [type ? eq(auditLog.objectType, type.trim()) : undefined, objectId ? eq(auditLog.objectId, objectId.trim()) : undefined];
}

export function whereOf(f: AuditFilter): SQL | undefined {
  return and(
    f.user ? contains(auditLog.username, f.user) : undefined,
    f.unit ? unitsMatching(auditLog.unitId, f.unit) : undefined,
    ...objectConditions(f.object),
    f.action ? contains(auditLog.action, f.action) : undefined,
    f.result ? eq(auditLog.result, f.result) : undefined,
    f.from ? gte(auditLog.at, new Date(endOfDayShanghai(f.from).getTime() - 86_400_000 + 1)) : undefined,
    f.to ? lt(auditLog.at, new Date(endOfDayShanghai(f.to).getTime() + 1)) : undefined,
  );
}

/** What the auditor may read of a record: no business content (lib/audit/redact.ts). */
function redacted<T extends { record: typeof auditLog.$inferSelect }>(row: T): T {
  return { ...row, record: redactForAuditor(row.record) };
}

/**
 * One page of audit records, newest first. No total count: counting a year of records on every page
 * view is the slow part, so the page only knows whether another page follows. Callers hold `audit.read`.
 */
export function listAuditRecords(filter: AuditFilter, page: number) {
  const rows = db
    .select({ record: auditLog, unitName: units.name })
    .from(auditLog)
    .leftJoin(units, eq(units.id, auditLog.unitId))
    .where(whereOf(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE).map(redacted), hasNext: rows.length > AUDIT_PAGE_SIZE };
}

export const AUDIT_EXPORT_MAX = 100_000;

/** Records for export, newest first, up to AUDIT_EXPORT_MAX, redacted as on the page. Callers hold `audit.export`. */
export function exportAuditRecords(filter: AuditFilter) {
  return db
    .select({ record: auditLog, unitName: units.name })
    .from(auditLog)
    .leftJoin(units, eq(units.id, auditLog.unitId))
    .where(whereOf(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_EXPORT_MAX)
    .all()
    .map(redacted);
}
