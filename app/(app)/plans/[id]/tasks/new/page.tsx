import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { listTasksOfPlan } from '@/lib/plans/editor-queries';
import { getPlan } from '@/lib/plans/queries';
import { TaskForm } from '../../task-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('newTask') };
}

export default async function NewTaskPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRoute('/plans/[id]/tasks/new');
  const plan = getPlan(Number((await params).id) || 0);
  if (!plan) notFound();
  const t = await getTranslations();
  const nextNo = Math.max(0, ...listTasksOfPlan(plan.id).map((task) => task.no)) + 1;
  return (
    <>
      <PageHeader title={t('plans.newTask')} subtitle={plan.title} actions={<LinkButton href={`/plans/${plan.id}`}>{t('common.back')}</LinkButton>} />
      <Card>
        <TaskForm planId={plan.id} nextNo={nextNo} />
      </Card>
    </>
  );
}
