import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import { formatDateTime } from '@/lib/i18n/format';
import { getReportDetail } from '@/lib/reports/queries';

/**
 * After approving or returning (`?reviewed=<id>`, lib/reviews/actions.ts): what was decided, read back
 * from the report itself, and whether the page shows the next report or the queue is done. Shown to
 * reviewers only; nothing for a report that is not decided.
 */
export async function ReviewedNotice({ user, reviewed, next }: { user: ScopedUser; reviewed: string | string[] | undefined; next: boolean }) {
  const id = Number(Array.isArray(reviewed) ? reviewed[0] : reviewed);
  if (!Number.isInteger(id) || id <= 0 || !can(user.role, 'report.review')) return null;
  const detail = getReportDetail(id);
  if (!detail || (detail.report.status !== 'approved' && detail.report.status !== 'returned')) return null;
  const t = await getTranslations('review');
  const locale = await getLocale();
  const what = { unit: detail.unit.name, code: detail.measure.code, round: detail.round.name };
  return (
    <Alert tone="success" className="mb-5">
      <p data-testid="reviewed-notice">
        {detail.report.status === 'approved'
          ? t('reviewedApproved', what)
          : t('reviewedReturned', { ...what, at: formatDateTime(detail.report.resubmitBy, locale) || '—' })}
      </p>
      <p className="text-xs" data-testid="reviewed-next">
        {next ? t('nextReport') : t('queueDone')}
      </p>
    </Alert>
  );
}
