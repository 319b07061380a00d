import { getLocale, getTranslations } from 'next-intl/server';
import { boardFilterSchema } from '@/lib/assignments/validation';
import { defineRoute } from '@/lib/auth/gate';
import { dayInShanghai } from '@/lib/i18n/format';
import { EN_HEADERS, ZH_HEADERS, buildAssignmentTable } from '@/lib/import-export/assignment-table';
import { exportRows } from '@/lib/import-export/queries';
import { getCurrentPlan } from '@/lib/plans/queries';
import { attachmentDisposition } from '@/lib/http/content-disposition';

/** The assignment table as .xlsx, with the board's current filters; the importer reads it back unchanged. */
export const GET = defineRoute('/assignments/export', async ({ request, audit }) => {
  const plan = getCurrentPlan();
  if (!plan) return new Response(null, { status: 404 });
  const filter = boardFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = exportRows(plan.id, filter);
  const locale = await getLocale();
  const t = await getTranslations('board');
  const bytes = await buildAssignmentTable(rows, {
    title: t('exportTitle', { plan: locale === 'en' && plan.titleEn ? plan.titleEn : plan.title }),
    headers: locale === 'en' ? EN_HEADERS : ZH_HEADERS,
  });
  audit({ action: 'assignment.export', objectType: 'plan', objectId: plan.id, after: { rows: rows.length, filter } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(`${t('exportFileName')}-${dayInShanghai(new Date())}.xlsx`),
    },
  });
});
