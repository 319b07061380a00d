import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** What the first chained record points back to. */
export const GENESIS_HASH = '0'.repeat(64);

interface ChainedFields {
  at: Date;
  userId: number | null;
  username: string | null;
  unitId: number | null;
  role: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  before: unknown;
  after: unknown;
  result: string;
  detail: string | null;
}

/** The stored text of a JSON column (drizzle writes JSON.stringify of the value; null stays NULL). */
const jsonText = (v: unknown) => (v == null ? null : JSON.stringify(v));

function digest(prevHash: string, fields: unknown[]): string {
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

/** A record's hash: SHA-256 of the previous record's hash and every stored field of this one. */
export function recordHash(prevHash: string, r: ChainedFields): string {
  return digest(prevHash, [r.at.getTime(), r.userId, r.username, r.unitId, r.role, r.action, r.objectType, r.objectId, jsonText(r.before), jsonText(r.after), r.result, r.ip, r.detail]);
}

interface StoredRow {
  id: number;
  at: number;
  user_id: number | null;
  username: string | null;
  unit_id: number | null;
  role: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  before: string | null;
  after: string | null;
  result: string;
  ip: string | null;
  detail: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface ChainReport {
  /** Records checked against the chain. */
  checked: number;
  /** Records from before the chain existed (no hash), at the start of the log: not checked. */
  unchained: number;
  /** The first record where the chain breaks, and why; absent when the chain holds. */
  broken?: { id: number; reason: 'altered' | 'link' | 'unchained' };
}

/**
 * Walks the audit log in order and reports the first broken link: a record whose content no longer
 * gives its hash (altered), one that does not point to the record before it (one removed or inserted
 * between), or a record without a hash after the chain began (inserted by hand). The first chained
 * record's back-link is taken as it is: records before it may have been pruned after 180 days.
 */
export function verifyAuditChain(sqlite: Pick<Database.Database, 'prepare'>): ChainReport {
  const rows = sqlite.prepare('select * from audit_log order by id').iterate() as IterableIterator<StoredRow>;
  let prev: string | null = null;
  let checked = 0;
  let unchained = 0;
  for (const r of rows) {
    if (r.hash == null) {
      if (prev === null) {
        unchained++;
        continue;
      }
      return { checked, unchained, broken: { id: r.id, reason: 'unchained' } };
    }
    if (prev !== null && r.prev_hash !== prev) return { checked, unchained, broken: { id: r.id, reason: 'link' } };
    const fields = [r.at, r.user_id, r.username, r.unit_id, r.role, r.action, r.object_type, r.object_id, r.before, r.after, r.result, r.ip, r.detail];
    if (digest(r.prev_hash ?? '', fields) !== r.hash) return { checked, unchained, broken: { id: r.id, reason: 'altered' } };
    prev = r.hash;
    checked++;
  }
  return { checked, unchained };
}
