import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { getCurrentPlan, getPlanTree } from '@/lib/plans/queries';
import { RoundForm } from './round-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds'))('new') };
}

export default async function NewRoundPage() {
  await requireRoute('/rounds/new');
  const t = await getTranslations();
  const plan = getCurrentPlan();
  return (
    <>
      <PageHeader title={t('rounds.new')} subtitle={plan?.title} actions={<LinkButton href="/rounds">{t('common.back')}</LinkButton>} />
      <Card className="max-w-4xl">
        {plan ? (
          <RoundForm
            planId={plan.id}
            years={Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i)}
            tasks={getPlanTree(plan.id).map((task) => ({ no: task.no, title: task.title, measures: task.measures.map((m) => ({ id: m.id, code: m.code, title: m.title })) }))}
          />
        ) : (
          <EmptyState>{t('plan.noPlan')}</EmptyState>
        )}
      </Card>
    </>
  );
}
