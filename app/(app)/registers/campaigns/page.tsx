import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CampaignForm, RegisterSettingsForm } from '@/components/registers/config-forms';
import { Card, PageHeader } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { Table, Td, Th } from '@/components/ui/table';
import { requireRoute } from '@/lib/auth/gate';
import { filterHref } from '@/lib/list/filter';
import { listCampaigns } from '@/lib/registers/campaigns';
import { defaultRegisterYear } from '@/lib/registers/core/years';
import { registerSettings } from '@/lib/registers/settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registers'))('settingsTitle') };
}

/** The office's register settings: the filing period, the 出庭率 line, and the clean-up campaigns. */
export default async function RegisterSettingsPage() {
  await requireRoute('/registers/campaigns');
  const t = await getTranslations('registers');
  const campaigns = listCampaigns();
  const year = defaultRegisterYear();
  return (
    <>
      <PageHeader title={t('settingsTitle')} actions={<Link href="/registers" className="text-[13px] text-brand-700 hover:underline">{t('overviewTitle')}</Link>} />
      <div className="space-y-5">
        <Card title={t('settingsTitle')}>
          <RegisterSettingsForm values={registerSettings()} />
        </Card>
        <Card title={t('cleanup.campaigns')}>
          {campaigns.length === 0 ? (
            <p className="text-sm text-slate-500">{t('cleanup.noCampaigns')}</p>
          ) : (
            <Table caption={t('cleanup.campaigns')}>
              <thead>
                <tr>
                  <Th>{t('cleanup.campaignYear')}</Th>
                  <Th>{t('cleanup.campaignName')}</Th>
                  <Th>{t('cleanup.basisTitle')}</Th>
                  <Th className="text-right">{t('cleanup.figures.items')}</Th>
                  <Th />
                </tr>
              </thead>
              <tbody>
                {campaigns.map((c) => (
                  <tr key={c.id} className="align-top">
                    <Td className="tabular-nums">{c.year}</Td>
                    <Td>
                      <Link href={filterHref('/registers/cleanup', { year: c.year, campaignId: c.id })} className="text-brand-700 hover:underline">
                        {c.name}
                      </Link>
                    </Td>
                    <Td className="text-slate-600">{[c.basisTitle && `《${c.basisTitle}》`, c.basisNumber && `（${c.basisNumber}）`].filter(Boolean).join('')}</Td>
                    <Td className="text-right tabular-nums">{c.items}</Td>
                    <Td>
                      <Disclosure summary={t('edit')}>
                        <div className="w-[36rem] max-w-full pt-3">
                          <CampaignForm campaign={c} year={year} />
                        </div>
                      </Disclosure>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title={t('cleanup.newCampaign')}>
          <div className="max-w-3xl">
            <CampaignForm year={year} />
          </div>
        </Card>
      </div>
    </>
  );
}
