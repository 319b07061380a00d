import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { getSettings } from '@/lib/settings/queries';
import { SettingsForm } from './settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  await requireRoute('/admin/settings');
  const t = await getTranslations('settings');
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card className="max-w-2xl">
        <SettingsForm values={getSettings()} />
      </Card>
    </>
  );
}
