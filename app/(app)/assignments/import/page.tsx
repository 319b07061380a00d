import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { localized } from '@/lib/i18n/localized';
import { listPlans } from '@/lib/plans/queries';
import { UploadForm } from './upload-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('importer'))('title') };
}

export default async function ImportPage() {
  await requireRoute('/assignments/import');
  const t = await getTranslations();
  const locale = await getLocale();
  const plans = listPlans();
  const current = plans.find((p) => p.isCurrent);
  return (
    <>
      <PageHeader title={t('importer.title')} subtitle={t('importer.subtitle')} actions={<LinkButton href="/assignments">{t('common.back')}</LinkButton>} />
      <Card className="max-w-3xl">
        <UploadForm plans={plans.map((p) => ({ id: p.id, title: localized(locale, p.title, p.titleEn) }))} currentPlanId={current?.id} />
      </Card>
    </>
  );
}
