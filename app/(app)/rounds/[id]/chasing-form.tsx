'use client';

import { useTranslations } from 'next-intl';
import { Field, Textarea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { sendRemindersAction } from '@/lib/reminders/actions';

interface Owing {
  unitId: number;
  unitCode: string;
  unitName: string;
  missing: string[];
  returned: string[];
}

/** The units still owing reports in a round, and one reminder to as many of them as are ticked. */
export function ChasingForm({ roundId, units }: { roundId: number; units: Owing[] }) {
  const t = useTranslations('rounds');
  const { state, formAction, key } = useFormAction(sendRemindersAction);
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <p className="text-[13px] text-slate-600">{t('chasingHint')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-[13px]">
          <caption className="sr-only">{t('chasing')}</caption>
          <thead>
            <tr className="border-b border-slate-200 bg-slate-50 text-slate-600">
              <th scope="col" className="w-10 px-3 py-2">
                <span className="sr-only">{t('select')}</span>
              </th>
              <th scope="col" className="px-3 py-2 font-medium">{t('unit')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('missingMeasures')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('returnedMeasures')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId} className="border-b border-slate-100" data-testid="chasing-row" data-unit={u.unitCode}>
                <td className="px-3 py-2">
                  <input type="checkbox" name="unitIds[]" value={u.unitId} aria-label={u.unitName} className="h-4 w-4" />
                </td>
                <td className="px-3 py-2 font-medium">{u.unitName}</td>
                <td className="px-3 py-2 tabular-nums text-red-700">{u.missing.join('、') || '—'}</td>
                <td className="px-3 py-2 tabular-nums text-amber-700">{u.returned.join('、') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="unitIds-error" aria-live="polite" className="text-xs text-red-600 empty:hidden">
        {state.fieldErrors?.unitIds}
      </p>
      <Field id="message" label={t('message')} error={state.fieldErrors?.message}>
        <Textarea id="message" name="message" rows={2} maxLength={1000} defaultValue={fieldValue(state, 'message', '')} />
      </Field>
      <SubmitButton>{t('sendReminders')}</SubmitButton>
    </form>
  );
}
