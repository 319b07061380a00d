import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, cleanupCampaigns, cleanupItems, litigationCases, normativeDocuments, registerVersions, settings, units } from '@/db/schema';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { archiveCleanupItemAction, archiveDocumentAction, createCleanupItemAction, createDocumentAction, createLitigationAction, restoreDocumentAction, updateDocumentAction, updateLitigationAction } from './actions';
import { createCampaignAction, saveRegisterSettingsAction, updateCampaignAction } from './config/actions';
import { listCampaigns } from './campaigns';

const unitId = (code: string) => db.select({ id: units.id }).from(units).where(eq(units.code, code)).get()!.id;
const documentsOf = (code: string) => db.select().from(normativeDocuments).where(eq(normativeDocuments.unitId, unitId(code))).all();
const denied = (objectType: string) => db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.result, 'denied'), eq(auditLog.objectType, objectType))).get()!.n;
const idFrom = (redirect: string | undefined) => Number(/\/(\d+)\?saved=1$/.exec(redirect ?? '')?.[1]);

const LATE_DOCUMENT = {
  docNumber: '天教规(2019)3号',
  title: '天门市教育局关于规范课后服务工作的通知',
  issuer: 'unit',
  reviewedOn: '2019-02-20',
  reviewOutcome: 'passed',
  publishedOn: '2019-03-01',
  filedOn: '2019-04-15',
  filingBody: '天门市人民政府',
};

describe('register records', () => {
  it('a reporting officer enters a document for its own unit: the number is written the usual way, the change kept in its history and audited', async () => {
    signInAs(testUser('jyj'));
    const r = await run(createDocumentAction, LATE_DOCUMENT);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    const id = idFrom(r.redirect);
    const row = db.select().from(normativeDocuments).where(eq(normativeDocuments.id, id)).get()!;
    expect(row).toMatchObject({ unitId: unitId('jyj'), year: 2019, docNumber: '天教规〔2019〕3号', status: 'active', version: 1 });
    expect(db.select({ n: count() }).from(registerVersions).where(and(eq(registerVersions.register, 'documents'), eq(registerVersions.recordId, id))).get()!.n).toBe(1);
    expect(db.select().from(auditLog).where(and(eq(auditLog.objectType, 'register.documents'), eq(auditLog.objectId, String(id)))).all()).toHaveLength(1);
  });

  it('refuses the same number twice for one issuer, in any bracket style, naming the field', async () => {
    signInAs(testUser('jyj'));
    const r = await run(createDocumentAction, { ...LATE_DOCUMENT, docNumber: '天教规［2019］3号', title: '另一份文件' });
    expect(r.ok).toBe(false);
    expect(r.fieldErrors?.docNumber).toBeTruthy();
    expect(documentsOf('jyj')).toHaveLength(1);
  });

  it('checks the rules on every save and names the field: dates in order, a usual 文号, an outcome only with a review', async () => {
    signInAs(testUser('jyj'));
    const before = documentsOf('jyj').length;
    const cases: [Record<string, unknown>, string][] = [
      [{ filedOn: '2019-02-01' }, 'filedOn'],
      [{ docNumber: '教育局3号文' }, 'docNumber'],
      [{ reviewedOn: '', reviewOutcome: 'passed' }, 'reviewOutcome'],
      [{ publishedOn: '2019-02-01' }, 'publishedOn'],
      [{ publishedOn: '', filedOn: '2019-04-15' }, 'publishedOn'],
    ];
    for (const [change, field] of cases) {
      const r = await run(createDocumentAction, { ...LATE_DOCUMENT, docNumber: '天教规〔2019〕9号', ...change });
      expect(r.ok, JSON.stringify(change)).toBe(false);
      expect(Object.keys(r.fieldErrors ?? {}), JSON.stringify(change)).toContain(field);
    }
    expect(documentsOf('jyj')).toHaveLength(before);
  });

  it('a unit naming another unit, or correcting another unit’s record, is refused and audited; nothing changes', async () => {
    signInAs(testUser('fgw'));
    const deniedBefore = denied('register.documents');
    const named = await run(createDocumentAction, { ...LATE_DOCUMENT, docNumber: '天发改规〔2019〕1号', unit: '市教育局' });
    expect(named.ok).toBe(false);
    const jyjDoc = documentsOf('jyj')[0]!;
    const edit = await run(updateDocumentAction, { ...LATE_DOCUMENT, id: jyjDoc.id, version: jyjDoc.version, title: '改掉' });
    expect(edit).toMatchObject({ ok: false });
    const archive = await run(archiveDocumentAction, { id: jyjDoc.id, version: jyjDoc.version, reason: '删掉' });
    expect(archive).toMatchObject({ ok: false });
    expect(denied('register.documents')).toBe(deniedBefore + 3);
    expect(documentsOf('jyj')[0]).toEqual(jyjDoc);
    expect(documentsOf('jyj').length + documentsOf('fgw').length).toBe(1);
  });

  it('the office enters a case for a unit named short or in full, and a stale form is refused', async () => {
    signInAs(testUser('office'));
    const base = { caseNumber: '（2019）鄂9006行初5号', court: '天门市人民法院', filedOn: '2019-03-01', hearingOn: '2019-05-10', leaderAppeared: 'on', leaderName: '刘志刚', leaderPost: '副局长' };
    const r = await run(createLitigationAction, { ...base, unit: '天门市公安局' });
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    const id = idFrom(r.redirect);
    expect(db.select().from(litigationCases).where(eq(litigationCases.id, id)).get()).toMatchObject({ unitId: unitId('gaj'), leaderAppeared: true, year: 2019 });
    // A leader at a case without a hearing, and an outcome before the case is closed, are refused.
    const noHearing = await run(updateLitigationAction, { ...base, unit: '市公安局', id, version: 1, hearingOn: '' });
    expect(Object.keys(noHearing.fieldErrors ?? {})).toContain('leaderAppeared');
    const early = await run(updateLitigationAction, { ...base, unit: '市公安局', id, version: 1, outcome: 'won' });
    expect(Object.keys(early.fieldErrors ?? {})).toContain('outcome');
    const closed = await run(updateLitigationAction, { ...base, unit: '市公安局', id, version: 1, closedOn: '2019-06-20', outcome: 'won' });
    expect(closed).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await run(updateLitigationAction, { ...base, unit: '市公安局', id, version: 1, closedOn: '2019-06-21', outcome: 'lost' });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(db.select().from(litigationCases).where(eq(litigationCases.id, id)).get()).toMatchObject({ outcome: 'won', version: 2 });
  });

  it('archives with a reason, never deletes, and restores; the history has every step', async () => {
    signInAs(testUser('jyj'));
    const doc = documentsOf('jyj')[0]!;
    expect((await run(archiveDocumentAction, { id: doc.id, version: doc.version, reason: '' })).fieldErrors?.reason).toBeTruthy();
    expect(await run(archiveDocumentAction, { id: doc.id, version: doc.version, reason: '重复录入' })).toMatchObject({ ok: true });
    expect(documentsOf('jyj')[0]).toMatchObject({ status: 'archived', archivedReason: '重复录入' });
    expect(await run(restoreDocumentAction, { id: doc.id, version: doc.version + 1 })).toMatchObject({ ok: true });
    expect(documentsOf('jyj')[0]).toMatchObject({ status: 'active', archivedReason: null });
    const steps = db.select({ change: registerVersions.change }).from(registerVersions).where(and(eq(registerVersions.register, 'documents'), eq(registerVersions.recordId, doc.id))).all().map((v) => v.change);
    expect(steps).toEqual(['create', 'archive', 'restore']);
  });

  it('the office sets the filing period and the 出庭 line within their limits, audited with before and after', async () => {
    signInAs(testUser('office'));
    const bad = await run(saveRegisterSettingsAction, { documentFilingDays: '0', appearanceThreshold: '120' });
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['appearanceThreshold', 'documentFilingDays']);
    expect(await run(saveRegisterSettingsAction, { documentFilingDays: '15', appearanceThreshold: '85' })).toMatchObject({ ok: true });
    expect(db.select().from(settings).where(eq(settings.key, 'documentFilingDays')).get()?.value).toBe(15);
    const entry = db.select().from(auditLog).where(eq(auditLog.objectType, 'register.settings')).get()!;
    expect(entry.before).toMatchObject({ documentFilingDays: 30, appearanceThreshold: 80 });
    expect(entry.after).toMatchObject({ documentFilingDays: 15, appearanceThreshold: 85 });
  });

  it('counts a campaign’s documents without the archived ones, and a stale campaign form is refused', async () => {
    signInAs(testUser('office'));
    expect(await run(createCampaignAction, { name: '证明事项清理', year: '2019' })).toMatchObject({ ok: true });
    const campaign = db.select().from(cleanupCampaigns).where(eq(cleanupCampaigns.name, '证明事项清理')).get()!;
    for (const n of [1, 2]) {
      const r = await run(createCleanupItemAction, { unit: '市教育局', campaignId: String(campaign.id), docNumber: `天教规〔2015〕${n}号`, title: `文件${n}`, outcome: 'valid' });
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    }
    const first = db.select().from(cleanupItems).where(eq(cleanupItems.campaignId, campaign.id)).get()!;
    expect(await run(archiveCleanupItemAction, { id: first.id, version: first.version, reason: '重复' })).toMatchObject({ ok: true });
    expect(listCampaigns().find((c) => c.id === campaign.id)?.items).toBe(1);

    expect(await run(updateCampaignAction, { id: campaign.id, version: campaign.version, name: '证明事项清理', year: '2019', basisTitle: '关于做好证明事项清理工作的通知' })).toMatchObject({ ok: true });
    expect(await run(updateCampaignAction, { id: campaign.id, version: campaign.version, name: '证明事项清理', year: '2019' })).toMatchObject({ ok: false, conflict: true });
    expect(db.select().from(cleanupCampaigns).where(eq(cleanupCampaigns.id, campaign.id)).get()).toMatchObject({ version: 2, basisTitle: '关于做好证明事项清理工作的通知' });
  });
});
