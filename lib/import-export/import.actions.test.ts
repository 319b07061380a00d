import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, desc, eq } from 'drizzle-orm';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import type { CurrentUser } from '@/lib/auth/session';
import type { ExportRow } from './assignment-table';

// The assignment import through its two actions, as the upload form and the apply button call them.

let db: typeof import('@/db/client').db;
let s: typeof import('@/db/schema');
let A: typeof import('./actions');
let T: typeof import('./assignment-table');
let J: typeof import('./jobs');
let I: typeof import('./assignment-import');
let Q: typeof import('./queries');
let office: CurrentUser;
let planId: number;

beforeAll(async () => {
  ({ db } = await import('@/db/client'));
  s = await import('@/db/schema');
  A = await import('./actions');
  T = await import('./assignment-table');
  J = await import('./jobs');
  I = await import('./assignment-import');
  Q = await import('./queries');
  office = testUser('office');
  planId = db.select().from(s.plans).where(eq(s.plans.isCurrent, true)).get()!.id;
});

/** The current plan as its export writes it. */
function planRows(): ExportRow[] {
  const state = Q.importState(db, planId);
  return state.measures.map((m) => ({
    taskNo: m.taskNo,
    taskTitle: state.tasks.find((t) => t.no === m.taskNo)!.title,
    code: m.code,
    title: m.title,
    lead: m.units.filter((u) => u.role === 'lead').map((u) => u.unitName),
    cooperating: m.units.filter((u) => u.role === 'cooperating').map((u) => u.unitName),
    timeframe: m.timeframe,
    dueDate: m.dueDate,
  }));
}

async function upload(rows: ExportRow[], opts: { as?: CurrentUser; plan?: number; bytes?: Uint8Array } = {}) {
  const form = new FormData();
  form.set('planId', String(opts.plan ?? planId));
  form.set('file', new File([new Uint8Array(opts.bytes ?? (await T.buildAssignmentTable(rows, { title: '分工' })))], '分工方案.xlsx'));
  signInAs(opts.as ?? office);
  const result = await run(A.previewImportAction, form);
  const jobId = Number(/\/assignments\/import\/(\d+)$/.exec(result.redirect ?? '')?.[1]);
  return { result, jobId };
}

async function apply(jobId: number, as: CurrentUser = office) {
  signInAs(as);
  return run(A.applyImportAction, { jobId: String(jobId) });
}

const measure = (code: string) =>
  db
    .select()
    .from(s.measures)
    .where(and(eq(s.measures.planId, planId), eq(s.measures.code, code)))
    .get()!;

/** Everything an import may write. */
const written = () =>
  JSON.stringify([
    db.select().from(s.tasks).all(),
    db.select().from(s.measures).all(),
    db.select().from(s.assignments).all(),
    db.select({ n: count() }).from(s.notices).get(),
    db.select({ appliedAt: s.importJobs.appliedAt }).from(s.importJobs).all(),
  ]);

const lastAudit = (action: string) => db.select().from(s.auditLog).where(eq(s.auditLog.action, action)).orderBy(desc(s.auditLog.id)).get();

describe('the assignment import through its actions', () => {
  it('keeps the upload as a job of its kind, applies a changed title once, and audits both steps', async () => {
    const rows = planRows();
    const code = rows[1]!.code;
    rows[1] = { ...rows[1]!, title: `${rows[1]!.title}（修订）` };
    const { result, jobId } = await upload(rows);
    expect(result.ok).toBe(true);
    expect(jobId).toBeGreaterThan(0);
    const job = db.select().from(s.importJobs).where(eq(s.importJobs.id, jobId)).get()!;
    expect(job.rows).toMatchObject({ kind: 'assignments', scope: { planId } });
    expect(lastAudit('assignment.import-preview')).toMatchObject({
      objectType: 'import',
      objectId: String(jobId),
      after: { kind: 'assignments', fileName: '分工方案.xlsx', summary: { create: 0, update: 1, unchanged: rows.length - 1, error: 0 } },
    });

    const shown = J.getImportPreview(I.assignmentImport, jobId, office)!;
    expect(shown.preview.rows.filter((r) => r.action === 'update').map((r) => r.code)).toEqual([code]);

    const applied = await apply(jobId);
    expect(applied).toMatchObject({ ok: true, message: 'importer.applied' });
    expect(measure(code).title).toBe(rows[1]!.title);
    expect(db.select().from(s.importJobs).where(eq(s.importJobs.id, jobId)).get()!.appliedAt).toBeInstanceOf(Date);
    expect(lastAudit('assignment.import-apply')).toMatchObject({ objectId: String(jobId), after: { kind: 'assignments', create: 0, update: 1, newTasks: 0 } });
    expect(lastAudit('measure.update')).toMatchObject({ objectId: String(measure(code).id) });

    const before = written();
    expect(await apply(jobId)).toMatchObject({ ok: false, message: 'importer.appliedTwice' });
    expect(written()).toBe(before);
  });

  it('refuses to apply when the plan changed after the preview, and writes nothing', async () => {
    const rows = planRows();
    rows[0] = { ...rows[0]!, title: `${rows[0]!.title}（新）` };
    const { jobId } = await upload(rows);
    // Someone edits another measure between preview and apply.
    db.update(s.measures).set({ title: '另一人修改的措施名称' }).where(eq(s.measures.id, measure(rows[2]!.code).id)).run();
    const before = written();
    expect(await apply(jobId)).toMatchObject({ ok: false, message: 'importer.stale' });
    expect(written()).toBe(before);
  });

  it('applies nothing from a file with an error row', async () => {
    const rows = planRows();
    rows[0] = { ...rows[0]!, title: '改了名称' };
    rows[1] = { ...rows[1]!, lead: ['不存在的单位'] };
    const { jobId } = await upload(rows);
    expect(J.getImportPreview(I.assignmentImport, jobId, office)!.preview.summary).toMatchObject({ update: 1, error: 1 });
    const before = written();
    expect(await apply(jobId)).toMatchObject({ ok: false, message: 'importer.cannotApply' });
    expect(written()).toBe(before);
  });

  it('does not let another user see or apply a job', async () => {
    const rows = planRows();
    rows[0] = { ...rows[0]!, title: '别人的导入' };
    const { jobId } = await upload(rows);
    const other = { ...office, id: db.select().from(s.users).where(eq(s.users.username, 'admin')).get()!.id };
    expect(J.getImportPreview(I.assignmentImport, jobId, other)).toBeUndefined();
    const before = written();
    expect(await apply(jobId, other)).toMatchObject({ ok: false, message: 'v.notFound' });
    expect(written()).toBe(before);
  });

  it('refuses a file that is not a workbook, or a plan that does not exist, on the field concerned', async () => {
    const jobs = () => db.select({ n: count() }).from(s.importJobs).get()!.n;
    const before = jobs();
    const notXlsx = await upload([], { bytes: new TextEncoder().encode('%PDF-1.4 not a workbook') });
    expect(notXlsx.result).toMatchObject({ ok: false, fieldErrors: { file: 'importer.problems.notXlsx' } });
    const noPlan = await upload(planRows(), { plan: 999_999 });
    expect(noPlan.result).toMatchObject({ ok: false, fieldErrors: { planId: 'v.choose' } });
    expect(jobs()).toBe(before);
  });

  it('still opens a job saved before imports had kinds, and asks for a new preview before applying it', async () => {
    const parsed = await T.parseAssignmentTable(await T.buildAssignmentTable(planRows().slice(0, 1), { title: '分工' }));
    if (!parsed.ok) throw new Error(parsed.problem);
    const row = parsed.rows[0]!;
    const legacy = db
      .insert(s.importJobs)
      .values({ userId: office.id, planId, fileName: '旧.xlsx', fileSha256: 'x', rows: [{ ...row, title: '旧导入的名称' }], previewDigest: 'digest of the old kind' })
      .returning()
      .get();
    const shown = J.getImportPreview(I.assignmentImport, legacy.id, office)!;
    expect(shown.job.scope).toEqual({ planId });
    expect(shown.preview.rows.map((r) => r.action)).toEqual(['update']);
    const before = written();
    expect(await apply(legacy.id)).toMatchObject({ ok: false, message: 'importer.stale' });
    expect(written()).toBe(before);
  });
});
