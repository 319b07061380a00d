import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflatedSize, openWorkbook, XLSX_LIMITS } from './guard';

async function realWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表').addRow(['案号', '被告']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the upload guards', () => {
  it('keep today’s limits: 10 MB, 5,000 rows, 200 MB inflated', () => {
    expect(XLSX_LIMITS).toEqual({ maxBytes: 10 * 1024 * 1024, maxRows: 5000, maxInflatedBytes: 200 * 1024 * 1024 });
  });

  it('open a real workbook', async () => {
    const opened = await openWorkbook(await realWorkbook());
    expect(opened.ok && opened.workbook.worksheets.map((w) => w.name)).toEqual(['表']);
  });

  it('refuse by size first, whatever the bytes', async () => {
    const data = await realWorkbook();
    expect(await openWorkbook(data, { maxBytes: data.byteLength - 1, maxInflatedBytes: XLSX_LIMITS.maxInflatedBytes })).toEqual({ ok: false, problem: 'tooLarge' });
    expect(await openWorkbook(new Uint8Array(XLSX_LIMITS.maxBytes + 1))).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('refuse what is not a zip, a truncated workbook and a zip without sheets as notXlsx', async () => {
    expect(await openWorkbook(new TextEncoder().encode('%PDF-1.7\n%%EOF'))).toEqual({ ok: false, problem: 'notXlsx' });
    expect(await openWorkbook((await realWorkbook()).slice(0, 300))).toEqual({ ok: false, problem: 'notXlsx' });
    expect(await openWorkbook(zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') }))).toEqual({ ok: false, problem: 'notXlsx' });
  });

  it('refuse a zip bomb by counting what it inflates to, before the xlsx library reads it', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(inflatedSize(bomb, 10 * 1024 * 1024)).toBe('over');
    expect(inflatedSize(bomb, 40 * 1024 * 1024)).toBe('within');
    expect(await openWorkbook(bomb, { maxBytes: XLSX_LIMITS.maxBytes, maxInflatedBytes: 10 * 1024 * 1024 })).toEqual({ ok: false, problem: 'tooLargeInflated' });
  });
});
