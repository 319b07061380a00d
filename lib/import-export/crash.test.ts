import { afterAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignments, auditLog, measures, notices, plans, tasks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { tempDatabase } from '@/lib/testing/temp-db';
import { kill, startChild } from '@/lib/testing/child';
import { buildAssignmentTable, parseAssignmentTable } from './assignment-table';
import { diffImport } from './import-diff';
import { importState, unitRefs } from './queries';
import { createUnitMatcher } from './unit-matcher';

const t = tempDatabase();
afterAll(() => t.cleanup());

describe('crash safety', () => {
  it('a process killed in the middle of an import leaves the database as it was', async () => {
    await seedDemo(t.db, 'Demo@2018');
    const plan = t.db.select().from(plans).get()!;
    const office = t.db.select().from(users).where(eq(users.username, 'office')).get()!;
    const rows = Array.from({ length: 8 }, (_, i) => ({
      taskNo: 8,
      taskTitle: '健全法治政府建设推进机制',
      code: `8.${i + 1}`,
      title: `新增措施${i + 1}`,
      lead: ['市政府法制办'],
      cooperating: ['市发改委', '市财政局'],
      timeframe: '长期坚持',
      dueDate: null,
    }));
    const parsed = await parseAssignmentTable(await buildAssignmentTable(rows, { title: '分工表' }));
    if (!parsed.ok) throw new Error(parsed.problem);
    const preview = diffImport(parsed.rows, importState(t.db, plan.id), createUnitMatcher(unitRefs(t.db)));
    expect(preview.canApply).toBe(true);
    const previewFile = join(t.dir, 'preview.json');
    writeFileSync(previewFile, JSON.stringify(preview));

    const fingerprint = () => [tasks, measures, assignments, notices, auditLog].map((table) => t.db.select({ n: count() }).from(table).get()!.n);
    const before = fingerprint();
    const child = await startChild('lib/testing/children/import-crash.ts', [t.path, previewFile, String(plan.id), String(office.id)], 'midway');
    await kill(child);

    expect(fingerprint()).toEqual(before);
    expect(t.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.db.select().from(tasks).where(eq(tasks.no, 8)).get()).toBeUndefined();
  }, 60_000);
});
