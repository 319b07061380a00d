import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { getUnit } from '@/lib/units/queries';
import { UnitForm } from '../unit-form';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('editUnit') };
}

export default async function EditUnitPage({ params, searchParams }: Props) {
  await requireRoute('/admin/units/[id]');
  const id = Number((await params).id);
  const unit = Number.isInteger(id) && id > 0 ? getUnit(id) : undefined;
  if (!unit) notFound();
  const t = await getTranslations();
  const { created } = await searchParams;
  return (
    <>
      <PageHeader title={`${t('admin.editUnit')} · ${unit.name}`} actions={<LinkButton href="/admin/units">{t('common.back')}</LinkButton>} />
      {created && <Alert tone="success" className="mb-4">{t('admin.created')}</Alert>}
      <Card>
        <UnitForm unit={unit} />
      </Card>
    </>
  );
}
