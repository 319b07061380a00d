import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { listTasksOfPlan } from '@/lib/plans/editor-queries';
import { getPlan } from '@/lib/plans/queries';
import { MeasureForm } from '../../measure-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('newMeasure') };
}

export default async function NewMeasurePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ task?: string }> }) {
  await requireRoute('/plans/[id]/measures/new');
  const plan = getPlan(Number((await params).id) || 0);
  if (!plan) notFound();
  const tasks = listTasksOfPlan(plan.id);
  const t = await getTranslations();
  const taskId = Number((await searchParams).task) || tasks[0]?.id;
  return (
    <>
      <PageHeader title={t('plans.newMeasure')} subtitle={plan.title} actions={<LinkButton href={`/plans/${plan.id}`}>{t('common.back')}</LinkButton>} />
      <Card>
        <MeasureForm tasks={tasks} taskId={taskId} />
      </Card>
    </>
  );
}
