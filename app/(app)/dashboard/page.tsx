import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DashboardCards } from '@/components/dashboard/cards';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { HeadlineFigures } from '@/components/dashboard/headline-figures';
import { PrintButton } from '@/components/dashboard/print-button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { loadDashboardView } from '@/lib/dashboards/view';
import type { SearchParams } from '@/lib/list/filter';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRoute('/dashboard');
  const t = await getTranslations();
  const view = loadDashboardView(await searchParams);
  if (!view) return <EmptyState>{t('plan.noPlan')}</EmptyState>;
  return (
    <div className="dashboard">
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} actions={<PrintButton label={t('dashboard.print')} />} />
      <DashboardFilters view={view} />
      <HeadlineFigures view={view} />
      <DashboardCards view={view} />
    </div>
  );
}
