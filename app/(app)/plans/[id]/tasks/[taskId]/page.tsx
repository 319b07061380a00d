import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { getTask } from '@/lib/plans/editor-queries';
import { TaskForm } from '../../task-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('editTask') };
}

export default async function EditTaskPage({ params }: { params: Promise<{ id: string; taskId: string }> }) {
  await requireRoute('/plans/[id]/tasks/[taskId]');
  const p = await params;
  const task = getTask(Number(p.taskId) || 0);
  if (!task || task.planId !== Number(p.id)) notFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('plans.editTask')} subtitle={t('plan.taskHeading', { no: task.no, title: task.title })} actions={<LinkButton href={`/plans/${task.planId}`}>{t('common.back')}</LinkButton>} />
      <Card>
        <TaskForm planId={task.planId} task={task} />
      </Card>
    </>
  );
}
