import type { Group } from '@/lib/scoring/compute';
import { GROUPS } from '@/lib/scoring/groups';
import { writeTable } from '@/lib/xlsx/write';
import type { UnitResult } from './results';

export interface BulletinGroup {
  group: Group;
  rows: { rank: number; unit: string; total: number; grade: string }[];
}

/** The ranked units of each group, in rank order (units not fully scored are not in the 通报). */
export function bulletinGroups(results: UnitResult[]): BulletinGroup[] {
  return GROUPS.map((group) => ({
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
export function buildBulletinXlsx(
  groups: BulletinGroup[],
  labels: { sheetName: (g: Group) => string; title: (g: Group) => string; headers: [string, string, string, string]; grade: (g: string) => string },
): Promise<Uint8Array> {
  const [rank, unit, score, grade] = labels.headers;
  return writeTable(
    ...groups.map((g) => ({
      name: labels.sheetName(g.group),
      title: labels.title(g.group),
      orientation: 'portrait' as const,
      columns: [
        { header: rank, width: 8, type: 'number' as const },
        { header: unit, width: 34 },
        { header: score, width: 12, type: 'number' as const, numFmt: '0.00' },
        { header: grade, width: 12, align: 'center' as const },
      ],
      rows: g.rows.map((r) => [r.rank, r.unit, r.total, labels.grade(r.grade)]),
    })),
  );
}
