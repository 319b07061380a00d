import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, attachments, auditLog, measures, reports, rounds, units } from '@/db/schema';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { createRoundAction } from '@/lib/rounds/actions';
import { startReportAction, uploadEvidenceAction } from './actions';
import { ORPHAN_AGE_MS, sweepOrphanEvidence, uploadDir } from './sweep';

/** Every file under the upload folder, so a test can see that nothing was written. */
function storedFiles(): string[] {
  const root = uploadDir();
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
}

const pdf = (text: string) => new File([new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`)], 'evidence.pdf', { type: 'application/pdf' });

let jyjReport: number;
let fgwReport: number;

async function reportOf(unit: string, roundId: number) {
  const assignmentId = db.select({ id: assignments.id }).from(assignments).innerJoin(units, eq(units.id, assignments.unitId)).where(eq(units.code, unit)).limit(1).get()!.id;
  signInAs(testUser(unit));
  const r = await run(startReportAction, { roundId, assignmentId });
  return Number(r.redirect!.split('/').pop());
}

beforeAll(async () => {
  signInAs(testUser('office'));
  const planId = db.select({ id: measures.planId }).from(measures).get()!.id;
  await run(createRoundAction, { planId, name: '上传测试轮次', periodStart: '2018-04-01', periodEnd: '2018-06-30', deadlineDay: '2099-07-05' });
  const roundId = db.select({ id: rounds.id }).from(rounds).get()!.id;
  jyjReport = await reportOf('jyj', roundId);
  fgwReport = await reportOf('fgw', roundId);
});

describe('evidence uploads', () => {
  it('a file sent to another unit’s report is refused and audited before anything is written to disk', async () => {
    const before = storedFiles();
    signInAs(testUser('fgw'));
    const form = new FormData();
    form.set('reportId', String(jyjReport));
    form.set('file', pdf('not for jyj'));
    expect(await run(uploadEvidenceAction, form)).toMatchObject({ ok: false, message: 'v.forbidden' });
    expect(storedFiles()).toEqual(before);
    const refusal = db.select().from(auditLog).where(eq(auditLog.action, 'report.attach')).all().at(-1)!;
    expect(refusal).toMatchObject({ result: 'denied', objectType: 'report', objectId: String(jyjReport) });
  });

  it('a report with its ten files takes no eleventh, and the eleventh is never stored', async () => {
    signInAs(testUser('fgw'));
    for (let i = 0; i < 10; i++) {
      const form = new FormData();
      form.set('reportId', String(fgwReport));
      form.set('file', pdf(`file ${i}`));
      expect((await run(uploadEvidenceAction, form)).ok).toBe(true);
    }
    const before = storedFiles();
    const form = new FormData();
    form.set('reportId', String(fgwReport));
    form.set('file', pdf('the eleventh'));
    const r = await run(uploadEvidenceAction, form);
    expect(r.fieldErrors?.file).toBe('reports.files.tooMany');
    expect(storedFiles()).toEqual(before);
  });

  it('takes the right-to-left override and other bidi controls out of a file name', async () => {
    signInAs(testUser('jyj'));
    const form = new FormData();
    form.set('reportId', String(jyjReport));
    form.set('file', new File([await pdf('bidi').arrayBuffer()], 'report\u202Efdp.exe\u2066.pdf', { type: 'application/pdf' }));
    expect((await run(uploadEvidenceAction, form)).ok).toBe(true);
    const stored = db.select().from(attachments).where(eq(attachments.ownerId, jyjReport)).all().at(-1)!;
    expect(stored.originalName).toBe('reportfdp.exe.pdf');
  });

  it('the sweep removes, after a day, the files no attachment refers to, and keeps the rest', () => {
    const orphan = 'ab'.padEnd(64, 'c');
    const folder = join(uploadDir(), 'ab');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, orphan), 'left by a failed upload');
    writeFileSync(join(folder, `${orphan}.123.part`), 'half written');
    const kept = db.select({ sha256: attachments.sha256 }).from(attachments).all().map((a) => a.sha256);
    expect(kept.length).toBeGreaterThan(0);
    const before = storedFiles().length;

    // Younger than a day: an upload may still be committing; nothing goes.
    expect(sweepOrphanEvidence(db).removed).toBe(0);
    const old = (Date.now() - ORPHAN_AGE_MS - 60_000) / 1000;
    for (const f of [orphan, `${orphan}.123.part`]) utimesSync(join(folder, f), old, old);
    for (const sha of kept) utimesSync(join(uploadDir(), sha.slice(0, 2), sha), old, old);
    expect(sweepOrphanEvidence(db).removed).toBe(2);
    expect(storedFiles()).toHaveLength(before - 2);
    for (const sha of kept) expect(existsSync(join(uploadDir(), sha.slice(0, 2), sha)), sha).toBe(true);
    expect(db.select().from(reports).where(eq(reports.id, fgwReport)).get()).toBeDefined();
  });

  it('stores evidence readable by the server’s user only', () => {
    const sha = db.select({ sha256: attachments.sha256 }).from(attachments).get()!.sha256;
    expect(statSync(join(uploadDir(), sha.slice(0, 2), sha)).mode & 0o777).toBe(0o600);
    expect(statSync(join(uploadDir(), sha.slice(0, 2))).mode & 0o777).toBe(0o700);
  });
});
