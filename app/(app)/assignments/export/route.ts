import { getLocale, getTranslations } from 'next-intl/server';
import { boardFilterSchema } from '@/lib/assignments/validation';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import { actorOf, getCurrentUser } from '@/lib/auth/session';
import { db } from '@/db/client';
import { dayInShanghai } from '@/lib/i18n/format';
import { EN_HEADERS, ZH_HEADERS, buildAssignmentTable } from '@/lib/import-export/assignment-table';
import { exportRows } from '@/lib/import-export/queries';
import { getCurrentPlan } from '@/lib/plans/queries';
import { attachmentDisposition } from '@/lib/http/content-disposition';

/** The assignment table as .xlsx, with the board's current filters; the importer reads it back unchanged. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!can(user.role, 'assignment.manage')) {
    writeAudit(db, actorOf(user), { action: 'assignment.export', result: 'denied' });
    return new Response(null, { status: 403 });
  }
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
  writeAudit(db, actorOf(user), { action: 'assignment.export', objectType: 'plan', objectId: plan.id, after: { rows: rows.length, filter } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(`${t('exportFileName')}-${dayInShanghai(new Date())}.xlsx`),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
