'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { saveSettingsAction } from '@/lib/settings/actions';
import { SETTING_DEFS, SETTING_KEYS, type Settings } from '@/lib/settings/defs';

export function SettingsForm({ values }: { values: Settings }) {
  const t = useTranslations('settings');
  const { state, formAction, key } = useFormAction(saveSettingsAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {SETTING_KEYS.map((k) => (
        <Field key={k} id={k} label={t(`fields.${k}`)} error={e[k]} hint={t('range', { min: SETTING_DEFS[k].min, max: SETTING_DEFS[k].max, default: SETTING_DEFS[k].default })} required>
          <Input {...describedBy(k, e[k])} name={k} inputMode="numeric" maxLength={4} className="max-w-40" defaultValue={fieldValue(state, k, values[k])} />
        </Field>
      ))}
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
