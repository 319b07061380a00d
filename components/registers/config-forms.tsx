'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/form';
import { TextField } from '@/components/forms/fields';
import { HiddenKeys } from '@/components/forms/hidden-keys';
import { SubmitButton } from '@/components/ui/submit-button';
import { createCampaignAction, saveRegisterSettingsAction, updateCampaignAction } from '@/lib/registers/config/actions';

/** The office's register rules: the filing period of normative documents and the 出庭率 line of the dashboard. */
export function RegisterSettingsForm({ values }: { values: { documentFilingDays: number; appearanceThreshold: number } }) {
  const t = useTranslations('registers');
  const tc = useTranslations('common');
  return (
    <ActionForm action={saveRegisterSettingsAction} className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <TextField name="documentFilingDays" type="number" label={t('documents.filingDaysLabel')} hint={t('filingDaysHint')} required stored={values.documentFilingDays} />
      <TextField name="appearanceThreshold" type="number" label={t('appearanceThresholdLabel')} hint={t('appearanceThresholdHint')} required stored={values.appearanceThreshold} />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={tc('saving')}>{tc('save')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

interface Campaign {
  id: number;
  version: number;
  name: string;
  year: number;
  basisNumber: string | null;
  basisTitle: string | null;
  startedOn: string | null;
}

/** Creates a clean-up campaign, or corrects one (`campaign` given). */
export function CampaignForm({ campaign, year }: { campaign?: Campaign; year: number }) {
  const t = useTranslations('registers.cleanup');
  const tc = useTranslations('common');
  return (
    <ActionForm action={campaign ? updateCampaignAction : createCampaignAction} className="grid gap-4 sm:grid-cols-2">
      {campaign && <HiddenKeys id={campaign.id} version={campaign.version} />}
      <TextField name="name" label={t('campaignName')} required maxLength={100} stored={campaign?.name} />
      <TextField name="year" type="number" label={t('campaignYear')} required stored={campaign?.year ?? year} />
      <TextField name="basisNumber" label={t('basisNumber')} maxLength={60} stored={campaign?.basisNumber} />
      <TextField name="startedOn" type="date" label={t('startedOn')} stored={campaign?.startedOn} />
      <TextField name="basisTitle" label={t('basisTitle')} maxLength={200} className="sm:col-span-2" stored={campaign?.basisTitle} />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={tc('saving')}>{campaign ? tc('save') : tc('create')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
