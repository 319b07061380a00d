import type { Locale } from '@/lib/i18n/config';
import { localized } from '@/lib/i18n/localized';
import type { Group } from '@/lib/scoring/compute';
import { GROUPS } from '@/lib/scoring/groups';
import type { Rubric } from '@/lib/scoring/rubric';
import type { MessageRef } from '@/lib/validation/issues';
import { writeTable } from '@/lib/xlsx/write';
import type { UnitResult } from './results';

/** A veto applied to a unit: the rubric's item and the assessors' reason. */
export interface BulletinVeto {
  code: string;
  title: string;
  titleEn?: string;
  reason: string;
}

/** A ranked unit. A vetoed one is graded at the lowest band and carries its vetoes. */
export interface BulletinRow {
  rank: number;
  unit: string;
  total: number;
  grade: string;
  vetoes: BulletinVeto[];
}

/**
 * A unit left out of the ranking because its sheet is not complete: `blank` when the assessors
 * entered nothing, `incomplete` when `missing` of its applicable indicators have no score yet.
 */
export interface UnscoredUnit {
  unit: string;
  reason: 'blank' | 'incomplete';
  missing: number;
  vetoes: BulletinVeto[];
}

export interface BulletinGroup {
  group: Group;
  rows: BulletinRow[];
  unscored: UnscoredUnit[];
}

function vetoesOf(rubric: Pick<Rubric, 'veto'>, r: UnitResult): BulletinVeto[] {
  return rubric.veto.flatMap((v) => {
    const applied = r.sheet.vetoes[v.code];
    return applied ? [{ code: v.code, title: v.title, titleEn: v.titleEn, reason: applied.reason }] : [];
  });
}

/**
 * Each group's units as the 通报 lists them: the ranked ones in rank order (vetoed units with their
 * veto reasons), then those not ranked, in the units' order, with why. No unit is left out.
 */
export function bulletinGroups(rubric: Pick<Rubric, 'veto'>, results: UnitResult[]): BulletinGroup[] {
  return GROUPS.map((group) => {
    const mine = results.filter((r) => r.group === group);
    return {
      group,
      rows: mine
        .filter((r) => r.rank !== null)
        .sort((a, b) => a.rank! - b.rank! || a.unitId - b.unitId)
        .map((r) => ({ rank: r.rank!, unit: r.name, total: r.score.total, grade: r.grade!, vetoes: vetoesOf(rubric, r) })),
      unscored: mine
        .filter((r) => r.rank === null)
        .map((r) => {
          const missing = r.score.indicators.filter((i) => i.missing).length;
          const blank = Object.keys(r.sheet.inputs).length === 0;
          return { unit: r.name, reason: blank ? 'blank' : 'incomplete', missing, vetoes: vetoesOf(rubric, r) };
        }),
    };
  });
}

/** A translator over the whole catalog, as next-intl's getTranslations() gives. */
export type Translate = (key: string, values?: MessageRef['values']) => string;

/** The 通报's wording of what is not a plain score: a veto with its reason, a unit not scored and why. */
export interface BulletinWords {
  notScored: string;
  veto: (v: BulletinVeto) => string;
  unscored: (u: UnscoredUnit) => string;
  /** The note beside a ranked unit: its vetoes, or nothing. */
  rowNote: (r: BulletinRow) => string;
  /** A list of unit names as a sentence lists them (、 in Chinese). */
  list: (names: string[]) => string;
}

/** Units not ranked, gathered by their reason (in the order the reasons first occur), as the 通报 lists them. */
export function unscoredByReason(unscored: UnscoredUnit[], words: Pick<BulletinWords, 'unscored'>): { reason: string; units: string[] }[] {
  const out = new Map<string, string[]>();
  for (const u of unscored) {
    const reason = words.unscored(u);
    out.set(reason, [...(out.get(reason) ?? []), u.unit]);
  }
  return [...out].map(([reason, units]) => ({ reason, units }));
}

export function bulletinWords(t: Translate, locale: Locale): BulletinWords {
  const veto = (v: BulletinVeto) => t('assessment.bulletin.vetoNote', { item: localized(locale, v.title, v.titleEn), reason: v.reason });
  const sep = locale === 'en' ? '; ' : '；';
  return {
    notScored: t('assessment.bulletin.notScored'),
    veto,
    unscored: (u) =>
      [u.reason === 'blank' ? t('assessment.bulletin.blank') : t('assessment.bulletin.incomplete', { missing: u.missing }), ...u.vetoes.map(veto)].join(sep),
    rowNote: (r) => r.vetoes.map(veto).join(sep),
    list: (names) => names.join(locale === 'en' ? ', ' : '、'),
  };
}

/**
 * The 通报 as a workbook: one sheet per group, a title row, then 排名 / 单位 / 得分 / 等次 / 备注 with
 * scores to two decimals — the ranked units (a vetoed one with its veto and reason in 备注), then
 * the units not ranked, graded 未评分 with the reason. Labels come from the caller in the reader's language.
 */
export function buildBulletinXlsx(
  groups: BulletinGroup[],
  labels: {
    sheetName: (g: Group) => string;
    title: (g: Group) => string;
    headers: [string, string, string, string, string];
    grade: (g: string) => string;
    words: BulletinWords;
  },
): Promise<Uint8Array> {
  const [rank, unit, score, grade, note] = labels.headers;
  return writeTable(
    ...groups.map((g) => ({
      name: labels.sheetName(g.group),
      title: labels.title(g.group),
      orientation: 'portrait' as const,
      columns: [
        { header: rank, width: 8, type: 'number' as const },
        { header: unit, width: 30 },
        { header: score, width: 10, type: 'number' as const, numFmt: '0.00' },
        { header: grade, width: 10, align: 'center' as const },
        { header: note, width: 44 },
      ],
      rows: [
        ...g.rows.map((r) => [r.rank, r.unit, r.total, labels.grade(r.grade), labels.words.rowNote(r)]),
        ...g.unscored.map((u) => [null, u.unit, null, labels.words.notScored, labels.words.unscored(u)]),
      ],
    })),
  );
}
