import ExcelJS from 'exceljs';
import type { Group } from '@/lib/scoring/compute';
import type { UnitResult } from './results';

export interface BulletinGroup {
  group: Group;
  rows: { rank: number; unit: string; total: number; grade: string }[];
}

/** The ranked units of each group, in rank order (units not fully scored are not in the 通报). */
export function bulletinGroups(results: UnitResult[]): BulletinGroup[] {
  return (['city', 'township'] as const).map((group) => ({
    group,
    rows: results
      .filter((r) => r.group === group && r.rank !== null)
      .sort((a, b) => a.rank! - b.rank! || a.unitId - b.unitId)
      .map((r) => ({ rank: r.rank!, unit: r.name, total: r.score.total, grade: r.grade! })),
  }));
}

/**
 * The 通报 as a workbook: one sheet per group, a title row, then 排名 / 单位 / 得分 / 等次 with
 * scores to two decimals. Labels come from the caller in the reader's language.
 */
export async function buildBulletinXlsx(
  groups: BulletinGroup[],
  labels: { sheetName: (g: Group) => string; title: (g: Group) => string; headers: [string, string, string, string]; grade: (g: string) => string },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  for (const g of groups) {
    const ws = wb.addWorksheet(labels.sheetName(g.group).slice(0, 31), { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.columns = [{ width: 8 }, { width: 34 }, { width: 12 }, { width: 12 }];
    ws.mergeCells(1, 1, 1, 4);
    const title = ws.getCell(1, 1);
    title.value = labels.title(g.group);
    title.font = { bold: true, size: 15 };
    title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(1).height = 30;
    const header = ws.addRow(labels.headers);
    header.eachCell((c) => {
      c.font = { bold: true };
      c.alignment = { horizontal: 'center', vertical: 'middle' };
      c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
    for (const r of g.rows) {
      const row = ws.addRow([r.rank, r.unit, r.total, labels.grade(r.grade)]);
      row.getCell(3).numFmt = '0.00';
      row.eachCell((c, col) => {
        c.alignment = { horizontal: col === 2 ? 'left' : 'center', vertical: 'middle' };
        c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      });
    }
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
