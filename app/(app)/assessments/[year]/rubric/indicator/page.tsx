import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { yearStage, getRubric } from '@/lib/rubrics/queries';
import { ruleForms } from '@/lib/scoring/rules';
import { IndicatorForm } from '../rubric-forms';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ code?: string; category?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rubric'))('editIndicator') };
}

/** Edits one indicator (?code=A1) or adds one to a category (?category=A). */
export default async function IndicatorPage({ params, searchParams }: Props) {
  await requireRoute('/assessments/[year]/rubric/indicator');
  const year = Number((await params).year);
  const sp = await searchParams;
  const loaded = Number.isInteger(year) ? getRubric(year) : undefined;
  if (!loaded?.rubric) notFound();
  const { rubric } = loaded;
  const owner = sp.code ? rubric.categories.find((c) => c.indicators.some((i) => i.code === sp.code)) : rubric.categories.find((c) => c.code === sp.category);
  if (!owner) notFound();
  const indicator = sp.code ? owner.indicators.find((i) => i.code === sp.code) : undefined;
  const t = await getTranslations();
  const stage = yearStage(year);
  const locked = stage !== null && stage !== 'draft';
  return (
    <>
      <PageHeader
        title={indicator ? `${t('rubric.editIndicator')} ${indicator.code}` : t('rubric.newIndicator')}
        subtitle={t('rubric.title', { year })}
        actions={<LinkButton href={`/assessments/${year}/rubric#cat-${owner.code}`}>{t('rubric.backToRubric')}</LinkButton>}
      />
      {locked && <Alert tone="info" className="mb-4">{t('rubric.locked', { year, stage: t(`assessment.stages.${stage}`) })}</Alert>}
      <Card>
        <IndicatorForm
          year={year}
          version={loaded.row.version}
          categories={rubric.categories.map((c) => ({ code: c.code, title: c.title }))}
          categoryCode={owner.code}
          indicator={indicator}
          rules={ruleForms(indicator?.rule)}
        />
      </Card>
    </>
  );
}
