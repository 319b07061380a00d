import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { getCurrentPlan } from '@/lib/plans/queries';
import { listRoundsWithProgress } from '@/lib/rounds/queries';
import { memo } from '@/lib/cache/memo';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds'))('title') };
}

export default async function RoundsPage() {
  await requireRoute('/rounds');
  const t = await getTranslations('rounds');
  const tc = await getTranslations('common');
  const locale = await getLocale();
  const plan = getCurrentPlan();
  const list = plan ? memo(`rounds:${plan.id}`, 5 * 60_000, () => listRoundsWithProgress(plan.id)) : [];
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          plan && (
            <LinkButton href="/rounds/new" variant="primary">
              {t('new')}
            </LinkButton>
          )
        }
      />
      <Card>
        {list.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <Table caption={t('title')}>
            <thead>
              <tr>
                <Th>{t('name')}</Th>
                <Th>{t('year')}</Th>
                <Th>{t('deadline')}</Th>
                <Th>{tc('status')}</Th>
                <Th className="text-right">{t('owed')}</Th>
                <Th className="text-right">{t('submitted')}</Th>
                <Th className="text-right">{t('onTime')}</Th>
                <Th className="text-right">{t('awaiting')}</Th>
                <Th className="text-right">{t('returned')}</Th>
                <Th className="text-right">{t('missing')}</Th>
              </tr>
            </thead>
            <tbody>
              {list.map(({ round, owed, submitted, onTime, awaiting, returned }) => (
                <tr key={round.id} data-testid="round-row" className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/rounds/${round.id}`} className="font-medium text-brand-700 hover:underline">
                      {round.name}
                    </Link>
                  </Td>
                  <Td className="tabular-nums" data-testid="round-year">
                    {round.year}
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">{formatDateTime(round.deadline, locale)}</Td>
                  <Td>
                    <Badge tone={round.status === 'open' ? 'green' : 'neutral'}>{t(`status.${round.status}`)}</Badge>
                  </Td>
                  <Td className="text-right tabular-nums">{owed}</Td>
                  <Td className="text-right tabular-nums">{submitted}</Td>
                  <Td className="text-right tabular-nums">{onTime}</Td>
                  <Td className="text-right tabular-nums">{awaiting}</Td>
                  <Td className="text-right tabular-nums">{returned}</Td>
                  <Td className="text-right tabular-nums font-medium text-red-700">{owed - submitted}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
