import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { getAssignmentForUser } from '@/lib/assignments/queries';
import { auditDenied, requireUser } from '@/lib/auth/session';
import { formatDay } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assignment'))('title') };
}

export default async function AssignmentPage({ params }: Props) {
  const user = await requireUser();
  const id = Number((await params).id) || 0;
  const found = getAssignmentForUser(user, id);
  if (!found.found) notFound();
  if ('denied' in found) {
    auditDenied(user, 'access.denied', 'assignment', id);
    forbidden();
  }
  const { assignment, measure, task, unit } = found;
  const t = await getTranslations();
  const locale = await getLocale();
  const due = assignment.dueDate ?? measure.dueDate;
  return (
    <>
      <PageHeader
        title={
          <span>
            <span className="mr-2 text-slate-500 tabular-nums">{measure.code}</span>
            {measure.title}
          </span>
        }
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
      <Card title={t('assignment.details')}>
        <dl className="grid gap-4 text-[13px] sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">{t('plan.timeframe')}</dt>
            <dd className="mt-0.5 text-slate-900">{measure.timeframe || t('common.notSet')}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('unit.dueDate')}</dt>
            <dd className="mt-0.5 text-slate-900">{due ? formatDay(due, locale) : t('common.notSet')}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('unit.target')}</dt>
            <dd className="mt-0.5 whitespace-pre-line text-slate-900">{assignment.target || t('common.notSet')}</dd>
          </div>
          {assignment.archivedReason && (
            <div className="sm:col-span-3">
              <dt className="text-slate-500">{t('board.removeReason')}</dt>
              <dd className="mt-0.5 text-slate-900">{assignment.archivedReason}</dd>
            </div>
          )}
        </dl>
      </Card>
    </>
  );
}
