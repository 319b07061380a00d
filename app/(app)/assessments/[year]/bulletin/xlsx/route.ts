import { getLocale, getTranslations } from 'next-intl/server';
import { gradeName } from '@/lib/assessments/grades';
import { buildBulletinXlsx, bulletinGroups, bulletinWords, type Translate } from '@/lib/assessments/bulletin';
import { canReadResults, getAssessment, getResults } from '@/lib/assessments/queries';
import { RecordDenied, defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import type { Locale } from '@/lib/i18n/config';

/** The published 通报 as .xlsx: one sheet per group, 排名 / 单位 / 得分 / 等次 / 备注, units not ranked listed with why. */
export const GET = defineRoute<{ year: string }>('/assessments/[year]/bulletin/xlsx', async ({ user, params, audit }) => {
  const year = Number(params.year);
  const a = getAssessment(year);
  if (!a || a.stage !== 'published') return new Response(null, { status: 404 });
  if (!canReadResults(user, a)) throw new RecordDenied('assessment', a.id);
  const data = getResults(a);
  if (!data) return new Response(null, { status: 404 });
  const t = await getTranslations();
  const locale = await getLocale();
  const groups = bulletinGroups(data.rubric, data.results);
  const bytes = await buildBulletinXlsx(groups, {
    sheetName: (g) => t(`groups.${g}`),
    title: (g) => t('assessment.bulletin.sheetTitle', { year, group: t(`groups.${g}`) }),
    headers: [t('assessment.bulletin.rank'), t('assessment.bulletin.unit'), t('assessment.bulletin.score'), t('assessment.bulletin.grade'), t('assessment.bulletin.note')],
    grade: (g) => gradeName(g, locale, t as unknown as (k: string) => string),
    words: bulletinWords(t as unknown as Translate, locale as Locale),
  });
  audit({ action: 'assessment.bulletin-export', objectType: 'assessment', objectId: a.id, after: { rows: groups.map((g) => g.rows.length + g.unscored.length) } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(`${t('assessment.bulletin.fileName', { year })}.xlsx`),
    },
  });
});
