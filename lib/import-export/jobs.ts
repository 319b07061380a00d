import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db, type DB, type Tx } from '@/db/client';
import { importJobs } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import type { ImportDefinition, PreviewContext, PreviewShape } from './define-import';
import { unitRefs } from './queries';
import { createUnitMatcher } from './unit-matcher';

/** An upload between preview and apply: the rows read from the file and the fingerprint of what the user saw. */
export interface ImportJob<Row, Scope> {
  id: number;
  kind: string;
  scope: Scope;
  fileName: string;
  fileSha256: string;
  rows: Row[];
  fingerprint: string;
  createdAt: Date;
  appliedAt: Date | null;
}

// The table predates import kinds: the kind and the scope travel with the rows in its JSON column.
interface Stored {
  kind: string;
  scope: unknown;
  rows: unknown[];
}

function stored(job: typeof importJobs.$inferSelect): Stored {
  // Jobs saved before kinds existed hold an assignment table's rows as a bare array.
  return Array.isArray(job.rows) ? { kind: 'assignments', scope: { planId: job.planId }, rows: job.rows } : (job.rows as Stored);
}

export function saveImportJob(
  tx: Tx,
  job: { userId: number; kind: string; scope: object; fileName: string; fileSha256: string; rows: unknown[]; fingerprint: string },
): number {
  const scopePlan = (job.scope as { planId?: unknown }).planId;
  const planId = typeof scopePlan === 'number' ? scopePlan : null;
  const rows: Stored = { kind: job.kind, scope: job.scope, rows: job.rows };
  return tx
    .insert(importJobs)
    .values({ userId: job.userId, planId, fileName: job.fileName, fileSha256: job.fileSha256, rows, previewDigest: job.fingerprint })
    .returning({ id: importJobs.id })
    .get().id;
}

/** The user's own job of this kind; another user's job, or one of another kind, is not found. */
export function findImportJob<Row, Scope>(tx: DB | Tx, def: Pick<ImportDefinition<Row, PreviewShape, Scope>, 'kind' | 'scope'>, jobId: number, userId: number): ImportJob<Row, Scope> | undefined {
  const job = tx
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, jobId), eq(importJobs.userId, userId)))
    .get();
  if (!job) return undefined;
  const { kind, scope, rows } = stored(job);
  if (kind !== def.kind) return undefined;
  const parsed = def.scope.safeParse(scope);
  if (!parsed.success) return undefined;
  return { id: job.id, kind, scope: parsed.data, fileName: job.fileName, fileSha256: job.fileSha256, rows: rows as Row[], fingerprint: job.previewDigest, createdAt: job.createdAt, appliedAt: job.appliedAt };
}

export function markImportJobApplied(tx: Tx, jobId: number, now: Date): void {
  tx.update(importJobs).set({ appliedAt: now }).where(eq(importJobs.id, jobId)).run();
}

/** What a preview compares against, read in the caller's transaction. */
export function previewContext<Scope>(tx: DB | Tx, scope: Scope, user: Pick<CurrentUser, 'id' | 'role' | 'unitId'>): PreviewContext<Scope> {
  const units = unitRefs(tx);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return { tx, scope, user, matchUnit: createUnitMatcher(units), unitName: (id) => names.get(id) };
}

/** A job and its preview as it would apply now (apply checks again inside its transaction). */
export function getImportPreview<Row, Preview extends PreviewShape, Scope>(def: ImportDefinition<Row, Preview, Scope>, jobId: number, user: Pick<CurrentUser, 'id' | 'role' | 'unitId'>) {
  const job = findImportJob<Row, Scope>(db, def, jobId, user.id);
  if (!job) return undefined;
  return { job, preview: def.preview(job.rows, previewContext(db, job.scope, user)) };
}
