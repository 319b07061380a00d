import type { Metadata } from 'next';
import { MeasureTitle } from '@/components/plan/measure-title';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReportStateBadge, ReportStatusBadge } from '@/components/reports/status-badge';
import { VersionTimeline } from '@/components/reports/version-timeline';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { loadOr403, requireRoute } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { canEditReport, reportAccess } from '@/lib/reports/access';
import { dayInShanghai, formatDateTime } from '@/lib/i18n/format';
import { assignmentTimeline, earlierReports, getReportDetail, reportFiles } from '@/lib/reports/queries';
import { isOnTime } from '@/lib/reports/rules';
import { defaultResubmitDay, isResubmitOverdue } from '@/lib/reports/resubmit';
import { ReviewedNotice } from '@/components/reports/reviewed-notice';
import { EvidenceUpload, RemoveEvidence } from './evidence';
import { ReportForm } from './report-form';
import { ReviewForm } from './review-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('title') };
}

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ reviewed?: string | string[] }> }) {
  const user = await requireRoute('/reports/[id]');
  const id = Number((await params).id) || 0;
  const { record } = loadOr403(user, {
    load: () => getReportDetail(id),
    access: (r) => reportAccess(user, { unitId: r.report.unitId, measureId: r.measure.id }),
    type: 'report',
    id,
  });
  const { report, round, assignment, measure, unit } = record;
  const files = reportFiles(report.id);
  const now = new Date();
  const canEdit = canEditReport(user, report, round, now);
  const canReview = can(user.role, 'report.review') && report.status === 'submitted';
  const t = await getTranslations('reports');
  const tc = await getTranslations();
  const locale = await getLocale();
  const timeline = assignmentTimeline(assignment.id).find((e) => e.report.id === report.id)!;
  const earlier = earlierReports(assignment.id, round.deadline);
  const current = files.filter((f) => !f.detachedAt);
  const resubmitAt = report.resubmitBy ? formatDateTime(report.resubmitBy, locale) : null;
  // Why a report that is not being edited here is read-only (a returned one: until when it may still change).
  const readNote = (() => {
    if (report.status === 'approved') return t('approvedNote');
    if (report.status === 'submitted') return t('readOnly');
    if (report.status === 'returned' && resubmitAt) return isResubmitOverdue(report, now) ? t('resubmitPassedNote', { at: resubmitAt }) : t('resubmitOpenNote', { at: resubmitAt });
    if (round.status === 'closed') return t('roundClosedNote');
    return t('notYours');
  })();

  return (
    <>
      <PageHeader
        title={<MeasureTitle code={measure.code} title={measure.title} />}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={`/assignments/${assignment.id}`} className="hover:text-brand-700 hover:underline">
              {unit.name}
            </Link>
            <Badge tone={assignment.role === 'lead' ? 'brand' : 'neutral'}>{tc(`assignmentRoles.${assignment.role}`)}</Badge>
            <span>· {round.name}</span>
            <span>· {t('deadline', { at: formatDateTime(round.deadline, locale) })}</span>
            <ReportStatusBadge status={report.status} />
            {report.firstSubmittedAt && (
              <Badge tone={isOnTime(report.firstSubmittedAt, round.deadline) ? 'green' : 'yellow'}>
                {isOnTime(report.firstSubmittedAt, round.deadline) ? t('onTime') : t('late')}
              </Badge>
            )}
          </span>
        }
      />
      <ReviewedNotice user={user} reviewed={(await searchParams).reviewed} next />
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          {report.status === 'returned' && timeline.reviews.length > 0 && (
            <Alert tone="error" className="whitespace-pre-line">
              {t('comment', { comment: timeline.reviews.at(-1)!.review.comment ?? '' })}
            </Alert>
          )}
          {canEdit && report.status === 'returned' && resubmitAt && (
            <Alert tone="warning" id="resubmit-by">
              <span data-testid="resubmit-by">{round.status === 'closed' ? t('resubmitByClosed', { at: resubmitAt }) : t('resubmitBy', { at: resubmitAt })}</span>
            </Alert>
          )}
          <Card title={t('title')}>
            {canEdit ? (
              <ReportForm report={report} />
            ) : (
              <div className="space-y-4 text-[13px]" data-testid="report-read">
                <Alert tone={report.status === 'approved' ? 'success' : 'info'}>{readNote}</Alert>
                <dl className="grid gap-4 sm:grid-cols-2">
                  <div>
                    <dt className="text-slate-500">{t('percent')}</dt>
                    <dd className="mt-0.5 text-lg font-semibold tabular-nums">{report.percent ?? '—'}%</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t('state')}</dt>
                    <dd className="mt-1">
                      <ReportStateBadge state={report.state} />
                    </dd>
                  </div>
                  {(['workDone', 'problems', 'nextSteps'] as const).map((k) => (
                    <div key={k} className="sm:col-span-2">
                      <dt className="text-slate-500">{t(k)}</dt>
                      <dd className="mt-0.5 whitespace-pre-line wrap-anywhere text-slate-900">{report[k] || '—'}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            )}
          </Card>
          <Card title={t('evidence')}>
            {current.length === 0 ? (
              <p className="mb-3 text-[13px] text-slate-500">{t('noFiles')}</p>
            ) : (
              <ul className="mb-3 divide-y divide-slate-100 text-[13px]" data-testid="evidence-list">
                {current.map((f) => (
                  <li key={f.id} className="flex items-center justify-between gap-2 py-2">
                    <span className="min-w-0 truncate">
                      <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] uppercase text-slate-600">{f.type}</span>
                      {f.originalName}
                      <span className="ml-2 text-xs text-slate-500">{Math.ceil(f.size / 1024)} KB</span>
                    </span>
                    <span className="flex shrink-0 items-center gap-2">
                      <a href={`/api/attachments/${f.id}`} className="text-brand-700 hover:underline">
                        {t('download')}
                      </a>
                      {canEdit && <RemoveEvidence id={f.id} />}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {canEdit && <EvidenceUpload reportId={report.id} />}
          </Card>
          {canReview && (
            <Card title={tc('review.decision')}>
              <ReviewForm
                id={report.id}
                version={report.version}
                resubmitDay={defaultResubmitDay(now, round)}
                today={dayInShanghai(now)}
                roundClosed={round.status === 'closed'}
              />
            </Card>
          )}
        </div>
        <div className="space-y-5">
          <Card title={t('versions')}>
            <VersionTimeline versions={timeline.versions} reviews={timeline.reviews} />
          </Card>
          <Card title={t('earlier')}>
            {earlier.length === 0 ? (
              <EmptyState>{t('noReport')}</EmptyState>
            ) : (
              <ul className="space-y-3 text-[13px]">
                {earlier.map((r) => (
                  <li key={r.id}>
                    <Link href={`/reports/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.roundName}
                    </Link>
                    <span className="ml-2 tabular-nums text-slate-600">{r.percent ?? '—'}%</span>
                    <span className="ml-2">
                      <ReportStateBadge state={r.state} />
                    </span>
                    <p className="mt-0.5 line-clamp-3 wrap-anywhere text-slate-600">{r.workDone}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
