import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ExtensionList } from '@/components/extensions/request-list';
import { Card, PageHeader } from '@/components/ui/card';
import { Alert } from '@/components/ui/alert';
import { cn } from '@/components/ui/cn';
import { requireRoute } from '@/lib/auth/gate';
import { listExtensionRequests } from '@/lib/reports/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('extensions'))('title') };
}

export default async function ExtensionsPage({ searchParams }: { searchParams: Promise<{ all?: string; decided?: string }> }) {
  const user = await requireRoute('/extensions');
  const t = await getTranslations('extensions');
  const tv = await getTranslations('v');
  const sp = await searchParams;
  const all = sp.all === '1';
  const decided = Number(sp.decided) ? listExtensionRequests(user, { id: Number(sp.decided) }, 1)[0] : undefined;
  const rows = listExtensionRequests(user, all ? {} : { status: 'pending' });
  const tab = (active: boolean) => cn('rounded-md px-3 py-1.5 text-sm', active ? 'bg-brand-600 text-white' : 'text-slate-600 hover:bg-slate-100');
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {decided && decided.request.status !== 'pending' && (
        <Alert tone="success" className="mb-4">
          {decided.unitName} · {decided.measureCode} · {decided.request.status === 'approved' ? tv('extensionApproved') : tv('extensionRefused')}
        </Alert>
      )}
      <Card
        actions={
          <nav className="flex gap-1">
            <Link href="/extensions" className={tab(!all)} aria-current={!all ? 'page' : undefined}>
              {t('filterPending')}
            </Link>
            <Link href="/extensions?all=1" className={tab(all)} aria-current={all ? 'page' : undefined}>
              {t('filterAll')}
            </Link>
          </nav>
        }
      >
        <ExtensionList rows={rows} canDecide showUnit />
      </Card>
    </>
  );
}
