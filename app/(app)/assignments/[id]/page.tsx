import type { Metadata } from 'next';
import { MeasureTitle } from '@/components/plan/measure-title';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExtensionList } from '@/components/extensions/request-list';
import { RequestExtensionForm } from '@/components/extensions/request-form';
import { LightDot } from '@/components/reports/light';
import { UnitContact } from '@/components/units/unit-contact';
import { LightReasons } from '@/components/reports/light-reasons';
import { ReportStateBadge, ReportStatusBadge } from '@/components/reports/status-badge';
import { VersionTimeline } from '@/components/reports/version-timeline';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { assignmentAccess } from '@/lib/assignments/access';
import { getAssignmentDetail } from '@/lib/assignments/queries';
import { loadOr403, requireRoute } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { formatDay } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import { assignmentLightDetail } from '@/lib/reports/lights';
import { assignmentTimeline, listExtensionRequests } from '@/lib/reports/queries';
import { getRound } from '@/lib/rounds/queries';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assignment'))('title') };
}

export default async function AssignmentPage({ params }: Props) {
  const user = await requireRoute('/assignments/[id]');
  const id = Number((await params).id) || 0;
  const { record, access } = loadOr403(user, {
    load: () => getAssignmentDetail(id),
    access: (r) => assignmentAccess(user, { unitId: r.assignment.unitId, measureId: r.measure.id }),
    type: 'assignment',
    id,
  });
  const { assignment, measure, task, unit } = record;
  const t = await getTranslations();
  const locale = await getLocale();
  const due = assignment.dueDate ?? measure.dueDate;
  const light = assignment.status === 'active' ? assignmentLightDetail(assignment.id, due, new Date()) : null;
  const timeline = assignmentTimeline(assignment.id);
  const extensions = listExtensionRequests(user, { assignmentId: assignment.id });
  const own = access === 'own';
  const roundName = (roundId: number) => getRound(roundId)?.name ?? '';
  return (
    <>
      <PageHeader
        title={<MeasureTitle code={measure.code} title={measure.title} />}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{unit.name}</span>
            <Badge tone={assignment.role === 'lead' ? 'brand' : 'neutral'}>{t(`assignmentRoles.${assignment.role}`)}</Badge>
            {assignment.status === 'archived' && <Badge tone="neutral">{t('assignment.archived')}</Badge>}
            <Link href={`/measures/${encodeURIComponent(measure.code)}`} className="hover:text-brand-700 hover:underline">
              {t('plan.taskHeading', { no: task.no, title: localized(locale, task.title, task.titleEn) })}
            </Link>
          </span>
        }
      />
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          <Card title={t('assignment.details')}>
            <dl className="grid gap-4 text-[13px] sm:grid-cols-3">
              <div>
                <dt className="text-slate-500">{t('plan.timeframe')}</dt>
                <dd className="mt-0.5 text-slate-900">{measure.timeframe || t('common.notSet')}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('unit.dueDate')}</dt>
                <dd className="mt-0.5 text-slate-900" data-testid="due-date">
                  {due ? formatDay(due, locale) : t('common.notSet')}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('lights.title')}</dt>
                <dd className="mt-0.5" data-testid="assignment-light">
                  <LightDot light={light?.light} label />
                </dd>
              </div>
              {access === 'any' && (
                <div className="sm:col-span-3">
                  <dt className="text-slate-500">{t('unit.contact')}</dt>
                  <dd className="mt-0.5">
                    {unit.name} · <UnitContact unit={unit} />
                  </dd>
                </div>
              )}
              <div className="sm:col-span-3">
                <dt className="text-slate-500">{t('unit.target')}</dt>
                <dd className="mt-0.5 whitespace-pre-line wrap-anywhere text-slate-900">{assignment.target || t('common.notSet')}</dd>
              </div>
              {light && light.reasons.length > 0 && (
                <div className="sm:col-span-3">
                  <LightReasons reasons={light.reasons} roundName={roundName} className="text-slate-700" />
                  <p className="mt-1 text-xs text-slate-500">{t('lights.legend')}</p>
                </div>
              )}
              {assignment.archivedReason && (
                <div className="sm:col-span-3">
                  <dt className="text-slate-500">{t('board.removeReason')}</dt>
                  <dd className="mt-0.5 text-slate-900">{assignment.archivedReason}</dd>
                </div>
              )}
            </dl>
          </Card>
          <Card title={t('reports.versions')}>
            {timeline.length === 0 ? (
              <EmptyState>{t('reports.noReport')}</EmptyState>
            ) : (
              <div className="space-y-6">
                {timeline.map(({ report, round, versions, reviews }) => (
                  <section key={report.id} aria-labelledby={`r-${report.id}`} data-testid="timeline-report">
                    <h3 id={`r-${report.id}`} className="mb-2 flex flex-wrap items-center gap-2 text-[14px] font-semibold">
                      <Link href={`/reports/${report.id}`} className="text-brand-700 hover:underline">
                        {round.name}
                      </Link>
                      <ReportStatusBadge status={report.status} />
                      <ReportStateBadge state={report.state} />
                    </h3>
                    <VersionTimeline versions={versions} reviews={reviews} />
                  </section>
                ))}
              </div>
            )}
          </Card>
        </div>
        <div className="space-y-5">
          <Card title={t('extensions.history')}>
            <ExtensionList rows={extensions} canDecide={can(user.role, 'extension.decide')} showUnit={false} />
          </Card>
          {own && assignment.status === 'active' && (
            <Card title={t('extensions.request')}>
              <RequestExtensionForm assignmentId={assignment.id} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
