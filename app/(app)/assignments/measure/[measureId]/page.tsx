import type { Metadata } from 'next';
import { MeasureTitle } from '@/components/plan/measure-title';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getMeasureAssignments, listUnitsForPicker } from '@/lib/assignments/queries';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import { AssignForm } from './assign-form';
import { AssignmentRow } from './assignment-row';

type Props = { params: Promise<{ measureId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('board'))('title') };
}

export default async function MeasureAssignmentsPage({ params }: Props) {
  await requireRoute('/assignments/measure/[measureId]');
  const data = getMeasureAssignments(Number((await params).measureId) || 0);
  if (!data) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const { measure, task, plan, active, archived } = data;
  const assigned = new Set(active.map((a) => a.assignment.unitId));
  const units = listUnitsForPicker().filter((u) => !assigned.has(u.id));

  return (
    <>
      <PageHeader
        title={<MeasureTitle code={measure.code} title={measure.title} />}
        subtitle={`${localized(locale, plan.title, plan.titleEn)} · ${t('plan.taskHeading', { no: task.no, title: localized(locale, task.title, task.titleEn) })}`}
        actions={
          <>
            <LinkButton href={`/plans/${plan.id}/measures/${measure.id}`}>{t('plans.editMeasure')}</LinkButton>
            <LinkButton href="/assignments">{t('common.back')}</LinkButton>
          </>
        }
      />
      <div className="grid gap-5 xl:grid-cols-5">
        <div className="space-y-5 xl:col-span-3">
          <Card title={t('board.current')}>
            {active.length === 0 ? (
              <EmptyState>{t('measure.noUnits')}</EmptyState>
            ) : (
              <div className="divide-y divide-slate-100" data-testid="current-assignments">
                {active.map((a) => (
                  <AssignmentRow
                    key={a.assignment.id}
                    unitName={a.unitName}
                    unitCode={a.unitCode}
                    hasReports={a.hasReports}
                    assignment={{
                      id: a.assignment.id,
                      version: a.assignment.version,
                      role: a.assignment.role,
                      target: a.assignment.target,
                      dueDate: a.assignment.dueDate,
                    }}
                  />
                ))}
              </div>
            )}
            <p className="mt-3 text-xs text-slate-500">{t('board.removeHint')}</p>
          </Card>
          {archived.length > 0 && (
            <Card title={t('board.archivedAssignments')}>
              <Table caption={t('board.archivedAssignments')}>
                <thead>
                  <tr>
                    <Th>{t('measure.unit')}</Th>
                    <Th>{t('measure.role')}</Th>
                    <Th>{t('board.removeReason')}</Th>
                    <Th>{t('audit.at')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {archived.map((a) => (
                    <tr key={a.assignment.id}>
                      <Td>
                        <Link href={`/assignments/${a.assignment.id}`} className="text-brand-700 hover:underline">
                          {a.unitName}
                        </Link>
                      </Td>
                      <Td>{t(`assignmentRoles.${a.assignment.role}`)}</Td>
                      <Td className="text-slate-600">{a.assignment.archivedReason}</Td>
                      <Td className="whitespace-nowrap text-slate-600">{formatDateTime(a.assignment.archivedAt, locale)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          )}
        </div>
        <Card title={t('board.assignTitle')} className="self-start xl:col-span-2">
          <AssignForm measureId={measure.id} units={units} />
        </Card>
      </div>
    </>
  );
}
