import type { AuditRecord } from '@/db/schema';

/** Shown in place of a business value the auditor may not read (it shows that the field is there, or changed). */
export const HIDDEN = '•••';

/**
 * Fields the auditor reads in full: who and what an account is, states, versions, identifiers and
 * system settings. Everything else (report texts, self-assessment explanations, scores, rankings,
 * names of files, comments) is business content, which the auditor's role may not read anywhere.
 */
const VISIBLE_FIELDS = new Set([
  'id',
  'version',
  'status',
  'state',
  'active',
  'archived',
  'role',
  'fromRole',
  'toRole',
  'kind',
  'username',
  'displayName',
  'unitId',
  'userId',
  'targetUserId',
  'proposalId',
  'isDemo',
  'mustChangePassword',
  'passwordReset',
  'passwordChanged',
  'decision',
  'format',
  'rows',
  'filter',
  'removed',
  'before',
  'code',
]);

/** Object types whose every field is security-relevant (the settings are the account and session rules). */
const VISIBLE_OBJECTS = new Set(['settings', 'user', 'account-proposal']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One snapshot with hidden values masked: unchanged hidden fields drop out, changed ones show as •••. */
function mask(snapshot: unknown, other: unknown, visible: (key: string) => boolean): unknown {
  if (snapshot == null) return snapshot;
  if (!isPlainObject(snapshot)) return HIDDEN;
  const out: Record<string, unknown> = {};
  const compare = isPlainObject(other) ? other : undefined;
  for (const [key, value] of Object.entries(snapshot)) {
    if (visible(key)) out[key] = value;
    else if (!compare || JSON.stringify(compare[key]) !== JSON.stringify(value)) out[key] = HIDDEN;
  }
  return out;
}

/**
 * The audit record as the auditor reads it (page and export alike, applied in lib/audit/queries.ts):
 * which fields changed, and the values of security-relevant ones, but no business text. A record of
 * an account or the settings is shown whole; any other keeps identifiers and states, and each other
 * field appears as ••• where it was set or changed.
 */
export function redactForAuditor<R extends Pick<AuditRecord, 'objectType' | 'before' | 'after'>>(record: R): R {
  if (record.objectType && VISIBLE_OBJECTS.has(record.objectType)) return record;
  if (record.before == null && record.after == null) return record;
  const visible = (key: string) => VISIBLE_FIELDS.has(key) || key.endsWith('Id') || key.endsWith('At');
  return { ...record, before: mask(record.before, record.after, visible), after: mask(record.after, record.before, visible) };
}
