import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { ActionButton } from '@/components/forms/action-button';
import { requireRoute } from '@/lib/auth/gate';
import { localized } from '@/lib/i18n/localized';
import { setCurrentPlanAction } from '@/lib/plans/actions';
import { listPlans } from '@/lib/plans/queries';
import { PlanForm } from './plan-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('title') };
}

export default async function PlansPage() {
  await requireRoute('/plans');
  const t = await getTranslations();
  const locale = await getLocale();
  const plans = listPlans();
  return (
    <>
      <PageHeader title={t('plans.title')} subtitle={t('plans.subtitle')} />
      <div className="grid gap-5 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          {plans.length === 0 ? (
            <EmptyState>{t('plans.noPlans')}</EmptyState>
          ) : (
            <Table caption={t('plans.title')}>
              <thead>
                <tr>
                  <Th>{t('plans.planTitle')}</Th>
                  <Th>{t('plans.startYear')}</Th>
                  <Th>{t('plans.status')}</Th>
                  <Th className="text-right">{t('common.actions')}</Th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.id} data-testid="plan-row">
                    <Td>
                      <Link href={`/plans/${p.id}`} className="font-medium text-brand-700 hover:underline">
                        {localized(locale, p.title, p.titleEn)}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap tabular-nums">{t('plan.period', { start: p.startYear, end: p.endYear })}</Td>
                    <Td>
                      <span className="flex gap-1">
                        {p.isCurrent && <Badge tone="brand">{t('plan.current')}</Badge>}
                        <Badge tone={p.status === 'active' ? 'green' : 'neutral'}>{t(`plan.status.${p.status}`)}</Badge>
                      </span>
                    </Td>
                    <Td className="text-right">
                      <span className="inline-flex gap-2">
                        <Link href={`/plan?plan=${p.id}`} className="text-brand-700 hover:underline">
                          {t('plans.view')}
                        </Link>
                        {!p.isCurrent && (
                          <ActionButton action={setCurrentPlanAction} fields={{ id: p.id }} size="sm">
                            {t('plans.setCurrent')}
                          </ActionButton>
                        )}
                      </span>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title={t('plans.newPlan')}>
          <PlanForm plans={plans.map((p) => ({ id: p.id, title: localized(locale, p.title, p.titleEn) }))} />
        </Card>
      </div>
    </>
  );
}
