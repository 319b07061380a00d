import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, importJobs, units } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { loadMessages } from '@/lib/i18n/messages';
import { getImportPreview } from '@/lib/import-export/jobs';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { writeTable } from '@/lib/xlsx/write';
import { applyUnitContactsImportAction, previewUnitContactsImportAction } from './actions';
import { contactsSheet, unitContactsImport } from './contacts-import';
import { listUnitContacts } from './queries';

// The admin's import of unit contacts, through its two actions as the upload form and the apply button call them.

const unit = (code: string) => db.select().from(units).where(eq(units.code, code)).get()!;
const allUnits = () => JSON.stringify(db.select().from(units).all());
const applyAudits = () => db.select().from(auditLog).where(eq(auditLog.action, 'unit.contacts-import-apply')).all();

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('联系人');
  rows.forEach((values, r) => values.forEach((v, c) => v !== null && v !== '' && (ws.getCell(r + 1, c + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function upload(bytes: Uint8Array, as: CurrentUser = testUser('admin')) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], '单位联系人.xlsx'));
  signInAs(as);
  const result = await run(previewUnitContactsImportAction, form);
  const jobId = Number(/^\/admin\/units\/contacts\/import\/(\d+)$/.exec(result.redirect ?? '')?.[1]);
  return { result, jobId };
}

/** A message as the preview page words it, in either language. */
function worded(locale: 'zh-CN' | 'en', m: { key: string; values?: Record<string, string | number> }): string {
  const catalog = loadMessages(locale) as unknown as Record<string, unknown>;
  const key = m.key.includes('.') ? m.key : `v.${m.key}`;
  const text = key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], catalog);
  expect(typeof text, key).toBe('string');
  return String(text).replace(/\{(\w+)\}/g, (_, k: string) => String(m.values?.[k]));
}

describe('importing unit contacts', () => {
  it('previews each row with its problem named, writes nothing until applied, then writes exactly the valid rows, audited', async () => {
    const admin = testUser('admin');
    const fgw = unit('fgw');
    const jyj = unit('jyj');
    const czj = unit('czj');
    const kept = db.select().from(units).all().find((u) => !['fgw', 'jyj', 'czj'].includes(u.code))!;
    const header = ['单位代码', '单位名称', '联系人', '联系电话'];
    const valid = [
      ['fgw', '', '张伟', '0728-5221234'], // by code
      ['', jyj.name, '李娜', 13812345678], // by name; a mobile Excel holds as a number
      [kept.code, kept.name, kept.contactName, kept.contactPhone], // as it is: unchanged
    ];
    const before = allUnits();
    const { result, jobId } = await upload(
      await workbook([
        ['单位联系人表'],
        header,
        ...valid,
        ['nosuch', '', '王五', '13800000000'], // row 6: unknown unit
        ['czj', '', '赵六', '12345'], // row 7: not a phone
        ['', fgw.name, '钱七', '13900000000'], // row 8: fgw again
      ]),
    );
    expect(result).toMatchObject({ ok: true });
    expect(jobId).toBeGreaterThan(0);

    const { preview } = getImportPreview(unitContactsImport, jobId, admin)!;
    expect(preview.rows.map((r) => [r.rowNumber, r.action])).toEqual([
      [3, 'update'],
      [4, 'update'],
      [5, 'unchanged'],
      [6, 'error'],
      [7, 'error'],
      [8, 'error'],
    ]);
    expect(preview.summary).toEqual({ create: 0, update: 2, unchanged: 1, error: 3 });
    expect(preview.canApply).toBe(false);
    expect(preview.rows[0]!.changes).toEqual([
      { field: 'contactName', from: fgw.contactName, to: '张伟' },
      { field: 'contactPhone', from: fgw.contactPhone, to: '0728-5221234' },
    ]);

    const errors = (row: number) => preview.rows.find((r) => r.rowNumber === row)!.errors;
    expect(errors(6)).toEqual([{ field: 'code', message: { key: 'importer.errors.unknownUnit', values: { input: 'nosuch' } } }]);
    expect(errors(7)).toMatchObject([{ field: 'contactPhone', message: { key: 'phone' } }]);
    expect(errors(8)).toEqual([{ field: null, message: { key: 'admin.contactsImport.duplicateUnit', values: { unit: fgw.name, firstRow: 3 } } }]);
    // Worded for the admin in both languages, naming what is wrong.
    expect(worded('zh-CN', errors(6)[0]!.message)).toBe('未知单位“nosuch”');
    expect(worded('zh-CN', errors(8)[0]!.message)).toBe(`单位“${fgw.name}”与第 3 行重复`);
    expect(worded('en', errors(8)[0]!.message)).toBe(`Unit “${fgw.name}” also on row 3`);
    expect(worded('zh-CN', errors(7)[0]!.message)).toBe(worded('zh-CN', { key: 'v.phone' }));
    expect(worded('en', errors(7)[0]!.message)).toBe(worded('en', { key: 'v.phone' }));

    // Nothing written by the upload; a file with errors cannot be applied.
    expect(allUnits()).toBe(before);
    signInAs(admin);
    expect(await run(applyUnitContactsImportAction, { jobId: String(jobId) })).toMatchObject({ ok: false, message: 'importer.cannotApply' });
    expect(allUnits()).toBe(before);
    expect(applyAudits()).toHaveLength(0);

    // The corrected file: the valid rows only.
    const fixed = await upload(await workbook([header, ...valid]));
    const again = getImportPreview(unitContactsImport, fixed.jobId, admin)!.preview;
    expect(again.summary).toEqual({ create: 0, update: 2, unchanged: 1, error: 0 });
    expect(allUnits()).toBe(before);
    signInAs(admin);
    expect(await run(applyUnitContactsImportAction, { jobId: String(fixed.jobId) })).toMatchObject({ ok: true });

    expect(unit('fgw')).toMatchObject({ contactName: '张伟', contactPhone: '0728-5221234' });
    expect(unit('jyj')).toMatchObject({ contactName: '李娜', contactPhone: '13812345678' });
    expect(unit('czj')).toEqual(czj);
    expect(unit(kept.code)).toEqual(kept);
    // Only the two units changed, and nothing else about them.
    const changed = db.select().from(units).all().filter((u) => JSON.stringify(u) !== JSON.stringify((JSON.parse(before) as typeof u[]).find((b) => b.id === u.id)));
    expect(changed.map((u) => u.code).sort()).toEqual(['fgw', 'jyj']);
    expect(unit('fgw')).toMatchObject({ name: fgw.name, fullName: fgw.fullName, active: fgw.active });

    const audits = applyAudits().filter((a) => a.objectType === 'unit');
    expect(audits.map((a) => a.objectId).sort()).toEqual([String(fgw.id), String(jyj.id)].sort());
    const fgwAudit = audits.find((a) => a.objectId === String(fgw.id))!;
    expect(fgwAudit.before).toMatchObject({ contactName: fgw.contactName, contactPhone: fgw.contactPhone });
    expect(fgwAudit.after).toMatchObject({ contactName: '张伟', contactPhone: '0728-5221234' });
    expect(applyAudits().filter((a) => a.objectType === 'import')).toHaveLength(1);

    // Applied once only.
    signInAs(admin);
    expect(await run(applyUnitContactsImportAction, { jobId: String(fixed.jobId) })).toMatchObject({ ok: false });
    expect(applyAudits().filter((a) => a.objectType === 'unit')).toHaveLength(2);
  });

  it('the export reads back with every unit unchanged', async () => {
    const admin = testUser('admin');
    const t = (key: string) => worded('zh-CN', { key });
    const sheet = contactsSheet(listUnitContacts(), t);
    expect(sheet.columns.map((c) => c.header)).toEqual(['单位代码', '单位名称', '联系人', '联系电话']);
    expect(sheet.rows).toHaveLength(db.select({ n: count() }).from(units).get()!.n);
    const { jobId } = await upload(await writeTable({ name: '单位联系人表', title: '单位联系人表', ...sheet }));
    const { preview } = getImportPreview(unitContactsImport, jobId, admin)!;
    expect(preview.summary).toEqual({ create: 0, update: 0, unchanged: sheet.rows.length, error: 0 });

    // In English too.
    const en = contactsSheet(listUnitContacts(), (key: string) => worded('en', { key }));
    const { jobId: enJob } = await upload(await writeTable({ name: 'Unit contacts', ...en }));
    expect(getImportPreview(unitContactsImport, enJob, admin)!.preview.summary.unchanged).toBe(sheet.rows.length);
  });

  it('a row naming two different units, or none, is an error saying so', async () => {
    const admin = testUser('admin');
    const jyj = unit('jyj');
    const { jobId } = await upload(
      await workbook([
        ['单位代码', '单位名称', '联系人', '联系电话'],
        ['fgw', jyj.name, '张伟', '13812345678'],
        ['', '', '李娜', '13812345678'],
      ]),
    );
    const { preview } = getImportPreview(unitContactsImport, jobId, admin)!;
    expect(preview.rows.map((r) => r.errors)).toMatchObject([
      [{ field: 'name', message: { key: 'admin.contactsImport.unitMismatch' } }],
      [{ field: 'code', message: { key: 'admin.contactsImport.noUnit' } }],
    ]);
    expect(worded('zh-CN', preview.rows[0]!.errors[0]!.message)).toBe('单位名称与单位代码不是同一个单位');
    expect(worded('en', preview.rows[1]!.errors[0]!.message)).toBe('Give the unit code or the unit name');
  });

  it('a sheet without the contact columns is refused with its own message', async () => {
    const { result } = await upload(await workbook([['单位代码', '单位名称'], ['fgw', '市发改委']]));
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: 'admin.contactsImport.problems.noHeader' } });
  });

  it('a unit’s reporting officer can neither upload nor apply', async () => {
    const jobsBefore = db.select({ n: count() }).from(importJobs).get()!.n;
    const before = allUnits();
    const { result } = await upload(await workbook([['单位代码', '联系人', '联系电话'], ['jyj', '黑客', '13800000000']]), testUser('fgw'));
    expect(result).toMatchObject({ ok: false, message: 'v.forbidden' });
    expect(db.select({ n: count() }).from(importJobs).get()!.n).toBe(jobsBefore);

    // Nor apply the admin's job.
    const { jobId } = await upload(await workbook([['单位代码', '联系人', '联系电话'], ['jyj', '黑客', '13800000000']]));
    signInAs(testUser('fgw'));
    expect(await run(applyUnitContactsImportAction, { jobId: String(jobId) })).toMatchObject({ ok: false, message: 'v.forbidden' });
    expect(allUnits()).toBe(before);
    const denied = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.username, 'fgw'), inArray(auditLog.action, ['unit.contacts-import-preview', 'unit.contacts-import-apply'])))
      .all();
    expect(denied.length).toBeGreaterThanOrEqual(1);
  });
});
