import type { Locale } from '@/lib/i18n/config';
import { localized } from '@/lib/i18n/localized';
import type { Rubric } from '@/lib/scoring/rubric';
import { ruleEntry, type Rule } from '@/lib/scoring/rules';
import type { MessageRef } from '@/lib/validation/issues';
import { writeTable, type TableSheet, type TableValue } from '@/lib/xlsx/write';

/** A translator over the whole catalog (`rubric.…`, `assessment.…`), as next-intl's getTranslations() gives. */
export type Translate = (key: string, values?: MessageRef['values']) => string;

const say = (t: Translate, ref: MessageRef) => t(ref.key, ref.values);

/** The rule in words as the office reads it: 扣分 · 每次扣 1.5 分，扣完为止 / 按比率折算 · 考核组录入. */
export function ruleInWords(t: Translate, rule: Rule): string {
  const { label, detail } = ruleEntry(rule.type).describe(rule);
  return detail ? `${say(t, label)} · ${say(t, detail)}` : say(t, label);
}

/**
 * The rubric as one sheet an office can print and circulate: a title row with the year, headers in
 * the reader's language, then every indicator in the rubric's order under its category (merged down
 * the first column), a total row, the bonus items and the veto items. Each row gives the code, the
 * Chinese name, the English name, the points, the rule in words, the criteria, the evidence asked
 * for and which units it applies to. Criteria and evidence are in the reader's language where the
 * rubric has them (Chinese otherwise).
 */
export function rubricSheet(rubric: Rubric, locale: Locale, t: Translate): TableSheet {
  const loc = (zh: string, en?: string) => localized(locale, zh, en);
  const rows: TableValue[][] = [];
  for (const cat of rubric.categories) {
    const heading = t('rubric.categoryHeading', { code: cat.code, title: loc(cat.title, cat.titleEn), points: cat.points });
    for (const ind of cat.indicators) {
      rows.push([
        heading,
        ind.code,
        ind.title,
        ind.titleEn ?? '',
        ind.points,
        ruleInWords(t, ind.rule),
        loc(ind.criteria, ind.criteriaEn),
        loc(ind.evidence, ind.evidenceEn),
        t(`assessment.appliesTo.${ind.appliesTo}`),
      ]);
    }
  }
  rows.push([t('rubric.xlsx.total'), '', '', '', rubric.basePoints, '', '', '', '']);
  const bonusHeading = t('rubric.xlsx.bonusHeading', { cap: rubric.bonusCap });
  for (const b of rubric.bonus) {
    rows.push([bonusHeading, b.code, b.title, b.titleEn ?? '', b.pointsEach, t('assessment.sheet.bonusEach', { points: b.pointsEach }), loc(b.criteria, b.criteriaEn), '', t('assessment.appliesTo.all')]);
  }
  const vetoHeading = t('rubric.veto');
  for (const v of rubric.veto) {
    rows.push([vetoHeading, v.code, v.title, v.titleEn ?? '', null, t('rubric.xlsx.veto'), loc(v.effect, v.effectEn), '', t('assessment.appliesTo.all')]);
  }
  return {
    name: t('rubric.xlsx.sheetName'),
    title: t('rubric.xlsx.title', { year: rubric.year }),
    orientation: 'landscape',
    columns: [
      { header: t('rubric.category'), width: 20, mergeRuns: true },
      { header: t('rubric.code'), width: 7, align: 'center' },
      { header: t('rubric.xlsx.name'), width: 30 },
      { header: t('rubric.titleEn'), width: 36 },
      { header: t('rubric.points'), width: 8, type: 'number' },
      { header: t('rubric.ruleType'), width: 24 },
      { header: t('rubric.criteria'), width: 46 },
      { header: t('rubric.evidence'), width: 22 },
      { header: t('rubric.appliesTo'), width: 16 },
    ],
    rows,
  };
}

/** The rubric as an .xlsx workbook (see rubricSheet). */
export function buildRubricXlsx(rubric: Rubric, locale: Locale, t: Translate): Promise<Uint8Array> {
  return writeTable(rubricSheet(rubric, locale, t));
}
