import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { getMeasure, listTasksOfPlan } from '@/lib/plans/editor-queries';
import { ArchiveMeasureForm, MeasureForm } from '../../measure-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('editMeasure') };
}

export default async function EditMeasurePage({ params }: { params: Promise<{ id: string; measureId: string }> }) {
  await requireRoute('/plans/[id]/measures/[measureId]');
  const p = await params;
  const measure = getMeasure(Number(p.measureId) || 0);
  if (!measure || measure.planId !== Number(p.id)) notFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t('plans.editMeasure')}
        subtitle={`${measure.code} ${measure.title}`}
        actions={
          <>
            <LinkButton href={`/assignments/measure/${measure.id}`}>{t('board.manage')}</LinkButton>
            <LinkButton href={`/plans/${measure.planId}`}>{t('common.back')}</LinkButton>
          </>
        }
      />
      <div className="grid gap-5 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          <MeasureForm tasks={listTasksOfPlan(measure.planId)} measure={measure} />
        </Card>
        {!measure.archivedAt && (
          <Card title={t('plans.archive')} className="self-start">
            <ArchiveMeasureForm measureId={measure.id} />
          </Card>
        )}
      </div>
    </>
  );
}
