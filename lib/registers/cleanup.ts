import { and, eq } from 'drizzle-orm';
import { cleanupCampaigns, cleanupItems as t, CLEANUP_OUTCOMES } from '@/db/schema';
import { db } from '@/db/client';
import { defineRegister } from './core/define';
import { docNumberKey, isDocNumber, normalizeDocNumber } from './doc-number';

/** The year a campaign counts in (its items count there too). */
export function campaignYear(campaignId: unknown): number | null {
  if (typeof campaignId !== 'number') return null;
  return db.select({ year: cleanupCampaigns.year }).from(cleanupCampaigns).where(eq(cleanupCampaigns.id, campaignId)).get()?.year ?? null;
}

/** 文件清理: each document's outcome in a clean-up campaign the office runs; counted per campaign and outcome. */
export const cleanup = defineRegister({
  name: 'cleanup',
  unitSynonyms: ['制定机关', '发文单位', '单位'],
  table: t,
  dateField: 'campaignId',
  fields: [
    { key: 'campaignId', type: 'ref', ref: 'campaign', required: true, filter: true, list: true, synonyms: ['清理项目', '专项清理', '清理活动', '清理名称'] },
    { key: 'docNumber', type: 'text', required: true, max: 60, list: true, search: true, synonyms: ['文号', '文件编号', '发文字号'] },
    { key: 'title', type: 'text', required: true, max: 200, list: true, search: true, synonyms: ['标题', '文件名称', '文件标题', '名称'] },
    { key: 'outcome', type: 'enum', options: CLEANUP_OUTCOMES, optionSet: 'cleanupOutcome', required: true, filter: true, list: true, synonyms: ['清理结果', '处理意见', '清理意见', '结果'] },
    { key: 'note', type: 'text', max: 200, synonyms: ['备注', '说明'] },
  ],
  yearOf: (v) => campaignYear(v.campaignId),
  rules: (v) => (typeof v.docNumber === 'string' && !isDocNumber(v.docNumber) ? [{ field: 'docNumber', message: { key: 'registers.problems.docNumber' } }] : []),
  derive: (v) => ({ docNumber: normalizeDocNumber(String(v.docNumber)), docNumberKey: docNumberKey(String(v.docNumber)) }),
  unique: { columns: ['campaignId', 'unitId', 'docNumberKey'], field: 'docNumber', message: { key: 'registers.problems.alreadyInCampaign' } },
  describe: (r) => `${r.docNumber} ${r.title}`,
  // Counted by the campaign's year, which is the record's year.
  span: { before: 0, after: 0 },
  figures: [
    { key: 'items', where: (y) => eq(t.year, y) },
    ...CLEANUP_OUTCOMES.map((o) => ({ key: o, where: (y: number) => and(eq(t.year, y), eq(t.outcome, o))! })),
  ],
});
