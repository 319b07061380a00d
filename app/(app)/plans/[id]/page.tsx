import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requireRoute } from '@/lib/auth/gate';
import { formatDay } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import { moveMeasureAction, moveTaskAction, restoreMeasureAction } from '@/lib/plans/actions';
import { getPlanForEditor } from '@/lib/plans/editor-queries';
import { getPlan } from '@/lib/plans/queries';
import { PlanForm } from '../plan-form';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; archived?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('editor') };
}

export default async function PlanEditorPage({ params, searchParams }: Props) {
  await requireRoute('/plans/[id]');
  const id = Number((await params).id);
  const plan = Number.isInteger(id) && id > 0 ? getPlan(id) : undefined;
  if (!plan) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const sp = await searchParams;
  const { tasks, archived } = getPlanForEditor(plan.id);

  return (
    <>
      <PageHeader
        title={localized(locale, plan.title, plan.titleEn)}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            {plan.isCurrent && <Badge tone="brand">{t('plan.current')}</Badge>}
            <Badge tone={plan.status === 'active' ? 'green' : 'neutral'}>{t(`plan.status.${plan.status}`)}</Badge>
            <span>{t('plan.period', { start: plan.startYear, end: plan.endYear })}</span>
          </span>
        }
        actions={
          <>
            <LinkButton href={`/plan?plan=${plan.id}`}>{t('plans.view')}</LinkButton>
            <LinkButton href={`/plans/${plan.id}/tasks/new`} variant="primary">
              {t('plans.newTask')}
            </LinkButton>
          </>
        }
      />
      {sp.created && <Alert tone="success" className="mb-4">{t('plans.created')}</Alert>}
      {sp.archived && <Alert tone="success" className="mb-4">{t('plans.archivedNotice')}</Alert>}
      <div className="grid gap-5 xl:grid-cols-4">
        <div className="space-y-5 xl:col-span-3">
          {tasks.length === 0 && <EmptyState>{t('plan.noMeasures')}</EmptyState>}
          {tasks.map((task, ti) => (
            <Card
              key={task.id}
              id={`task-${task.id}`}
              title={t('plan.taskHeading', { no: task.no, title: localized(locale, task.title, task.titleEn) })}
              actions={
                <>
                  {ti > 0 && (
                    <ActionButton action={moveTaskAction} fields={{ id: task.id, direction: 'up' }} variant="ghost" title={t('plans.moveUp')}>
                      ↑
                    </ActionButton>
                  )}
                  {ti < tasks.length - 1 && (
                    <ActionButton action={moveTaskAction} fields={{ id: task.id, direction: 'down' }} variant="ghost" title={t('plans.moveDown')}>
                      ↓
                    </ActionButton>
                  )}
                  <LinkButton size="sm" href={`/plans/${plan.id}/tasks/${task.id}`}>
                    {t('common.edit')}
                  </LinkButton>
                  <LinkButton size="sm" href={`/plans/${plan.id}/measures/new?task=${task.id}`}>
                    {t('plans.newMeasure')}
                  </LinkButton>
                </>
              }
            >
              {task.measures.length === 0 ? (
                <EmptyState>{t('plan.noMeasures')}</EmptyState>
              ) : (
                <Table caption={task.title}>
                  <thead>
                    <tr>
                      <Th className="w-16">{t('plan.code')}</Th>
                      <Th>{t('plan.measure')}</Th>
                      <Th className="w-44">{t('plan.timeframe')}</Th>
                      <Th className="w-36">{t('plan.dueDate')}</Th>
                      <Th className="w-40 text-right">{t('common.actions')}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {task.measures.map((m, mi) => (
                      <tr key={m.id} id={`measure-${m.id}`} data-testid="editor-measure">
                        <Td className="tabular-nums text-slate-600">{m.code}</Td>
                        <Td>{m.title}</Td>
                        <Td className="text-slate-600">{m.timeframe}</Td>
                        <Td className="text-slate-600">{formatDay(m.dueDate, locale)}</Td>
                        <Td className="text-right whitespace-nowrap">
                          <span className="inline-flex items-center gap-1">
                            {mi > 0 && (
                              <ActionButton action={moveMeasureAction} fields={{ id: m.id, direction: 'up' }} variant="ghost" title={t('plans.moveUp')}>
                                ↑
                              </ActionButton>
                            )}
                            {mi < task.measures.length - 1 && (
                              <ActionButton action={moveMeasureAction} fields={{ id: m.id, direction: 'down' }} variant="ghost" title={t('plans.moveDown')}>
                                ↓
                              </ActionButton>
                            )}
                            <Link href={`/plans/${plan.id}/measures/${m.id}`} className="ml-1 text-brand-700 hover:underline">
                              {t('common.edit')}
                            </Link>
                          </span>
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </Card>
          ))}
          {archived.length > 0 && (
            <Card title={t('plans.archived')}>
              <Table caption={t('plans.archived')}>
                <tbody>
                  {archived.map((m) => (
                    <tr key={m.id} data-testid="archived-measure">
                      <Td className="w-16 tabular-nums text-slate-500">{m.code}</Td>
                      <Td className="text-slate-500">
                        {m.title}
                        {m.archivedReason && <div className="text-xs">{t('board.archivedReason', { reason: m.archivedReason })}</div>}
                      </Td>
                      <Td className="w-28 text-right">
                        <ActionButton action={restoreMeasureAction} fields={{ id: m.id }}>
                          {t('plans.restore')}
                        </ActionButton>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          )}
        </div>
        <Card title={t('plans.editPlan')} className="self-start">
          <PlanForm plan={plan} />
        </Card>
      </div>
    </>
  );
}
