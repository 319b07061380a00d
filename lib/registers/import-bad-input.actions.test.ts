import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { cleanupCampaigns, users } from '@/db/schema';
import { previewContext } from '@/lib/import-export/jobs';
import { loadMessages } from '@/lib/i18n/messages';
import { registerImport } from './core/import';
import { REGISTERS } from '.';

/** What an unlucky paste puts into any cell of an office's sheet. */
const CORPUS: [string, unknown][] = [
  ['blank', '   '],
  ['10,001 characters', 'x'.repeat(10_001)],
  ['a number', 12345],
  ['script tag', '<script>alert(1)</script>'],
  ['SQL', "'; DROP TABLE users; --"],
  ['emoji', '😀🏛️👩‍⚖️'],
  ['right-to-left', 'مرحبا \u202Egnp.exe'],
  ['negative', '-1'],
  ['huge number', '99999999999999999999'],
  ['impossible date', '2018-02-30'],
  ['date too early', '1899-12-31'],
  ['date too late', '2999-01-01'],
  ['yes and no', '是否'],
];

/** One valid row per register, as an office's sheet has it; `i` keeps each row's 文号 or 案号 its own. */
function validRow(name: string, campaign: string, i: number): Record<string, ExcelJS.CellValue> {
  switch (name) {
    case 'documents':
      return { unit: '市教育局', docNumber: `天教规〔2018〕${i}号`, title: '关于规范课后服务的通知', issuer: '本单位', publishedOn: '2018-03-01', filedOn: '2018-03-20' };
    case 'cleanup':
      return { unit: '市教育局', campaignId: campaign, docNumber: `天教规〔2015〕${i}号`, title: '学籍管理细则', outcome: '继续有效' };
    case 'legal-work':
      return { unit: '市政府法制办', kind: '合法性审查', reviewKind: '合同协议', matter: '合同审查', doneOn: '2018-05-01', by: '法制机构' };
    case 'decisions':
      return { unit: '市住建委', year: 2018, matter: '城区房屋征收补偿办法', legalityReview: true, legalityReviewOn: '2018-01-10' };
    case 'reconsideration':
      return { unit: '市公安局', receivedOn: '2018-02-01', matter: '不服治安管理处罚决定', accepted: true };
    default:
      return { unit: '市公安局', caseNumber: `（2018）鄂9006行初${i}号`, court: '天门市人民法院', filedOn: '2018-03-01' };
  }
}

const zh = loadMessages('zh-CN') as unknown as Record<string, unknown>;
const inCatalog = (key: string) => typeof key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], zh) === 'string';

/** The sheet as an office would send it: the register's own column labels, then the rows. */
async function sheet(headers: string[], rows: Record<string, ExcelJS.CellValue>[], labels: Record<string, string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(headers.map((h) => labels[h]));
  for (const row of rows) ws.addRow(headers.map((h) => row[h] ?? null));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('register imports: every cell of every register against the bad-input corpus', () => {
  it('a refused cell is named with a message from the catalogs, never a crash; the valid row stays valid', async () => {
    const office = db.select().from(users).where(eq(users.username, 'office')).get()!;
    const campaign = db.insert(cleanupCampaigns).values({ name: '语料测试清理', year: 2018 }).returning().get();
    const ctx = previewContext(db, {}, { id: office.id, role: office.role, unitId: office.unitId });
    const registers = zh.registers as Record<string, { unit: string; fields: Record<string, string> }>;
    for (const register of REGISTERS) {
      const definition = registerImport(register);
      const fields = ['unit', ...register.fields.map((f) => f.key)];
      const labels = { unit: registers[register.name]!.unit, ...registers[register.name]!.fields };
      const cases: { label: string; field: string | null; row: Record<string, ExcelJS.CellValue> }[] = [{ label: 'valid', field: null, row: validRow(register.name, `2018 · ${campaign.name}`, 1) }];
      for (const field of fields)
        for (const [label, value] of CORPUS) cases.push({ label, field, row: { ...validRow(register.name, `2018 · ${campaign.name}`, cases.length + 1), [field]: value as ExcelJS.CellValue } });
      const read = await definition.read(await sheet(fields, cases.map((c) => c.row), labels));
      expect(read.ok, register.name).toBe(true);
      if (!read.ok) continue;
      const preview = definition.preview(read.rows, ctx);
      expect(preview.rows).toHaveLength(cases.length);
      expect(preview.rows[0]!.errors, `${register.name}: the valid row`).toEqual([]);
      preview.rows.forEach((row, i) => {
        const c = cases[i]!;
        for (const e of row.errors) {
          const key = e.message.key.includes('.') ? e.message.key : `v.${e.message.key}`;
          expect(inCatalog(key), `${register.name}.${c.field} ← ${c.label}: ${key}`).toBe(true);
        }
        if (row.action !== 'error') expect(row.values, `${register.name}.${c.field} ← ${c.label}`).not.toBeNull();
      });
      // Too long, impossible and out-of-range input is refused on its own field.
      for (const [i, c] of cases.entries()) {
        if (!c.field || !['10,001 characters', 'impossible date', 'date too late'].includes(c.label)) continue;
        const spec = register.fieldsByKey.get(c.field);
        const refusable = c.field === 'unit' || (spec && (c.label === '10,001 characters' ? spec.type === 'text' || spec.type === 'textarea' : spec.type === 'day'));
        if (refusable) expect(preview.rows[i]!.errors.map((e) => e.field), `${register.name}.${c.field} ← ${c.label}`).toContain(c.field);
      }
    }
  });
});
