'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { extendRoundAction } from '@/lib/rounds/actions';

export function ExtendForm({ id, version, day, time }: { id: number; version: number; day: string; time: string }) {
  const t = useTranslations('rounds');
  const { state, formAction, key } = useFormAction(extendRoundAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <p className="text-[13px] font-medium text-slate-700">{t('extend')}</p>
      <p className="text-xs text-slate-500">{t('extendHint')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid grid-cols-2 gap-2">
        <Field id="deadlineDay" label={t('deadlineDay')} error={e.deadlineDay} required>
          <Input {...describedBy('deadlineDay', e.deadlineDay)} type="date" name="deadlineDay" defaultValue={fieldValue(state, 'deadlineDay', day)} />
        </Field>
        <Field id="deadlineTime" label={t('deadlineTime')} error={e.deadlineTime}>
          <Input {...describedBy('deadlineTime', e.deadlineTime)} type="time" name="deadlineTime" defaultValue={fieldValue(state, 'deadlineTime', time)} />
        </Field>
      </div>
      <SubmitButton variant="secondary">{t('extend')}</SubmitButton>
    </form>
  );
}
