'use client';

import { useTranslations } from 'next-intl';
import { Field, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { advanceAssessmentAction, publishAssessmentAction, reopenAssessmentAction } from '@/lib/assessments/actions';

export function AdvanceForm({ id, version, to }: { id: number; version: number; to: 'self' | 'scoring' | 'review' }) {
  const t = useTranslations('assessment');
  const { state, formAction, key } = useFormAction(advanceAssessmentAction);
  return (
    <form
      key={key}
      action={formAction}
      className="space-y-2"
      onSubmit={(e) => {
        if (!window.confirm(t('advanceConfirm'))) e.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      <SubmitButton>{t(`advance.${to}`)}</SubmitButton>
    </form>
  );
}

export function PublishForm({ id, version, unscored }: { id: number; version: number; unscored: number }) {
  const t = useTranslations('assessment');
  const { state, formAction, key } = useFormAction(publishAssessmentAction);
  const error = state.fieldErrors?.confirmUnscored;
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <p className="text-[13px] text-slate-600">{t('publishHint')}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {unscored > 0 && (
        <div>
          <label className="flex items-center gap-2 text-[13px] text-amber-800">
            <input type="checkbox" name="confirmUnscored" {...describedBy('confirmUnscored', error)} defaultChecked={state.values?.confirmUnscored === 'on'} />
            {t('confirmUnscored', { count: unscored })}
          </label>
          <p id="confirmUnscored-error" aria-live="polite" className="text-xs text-red-600 empty:hidden">
            {error}
          </p>
        </div>
      )}
      <SubmitButton>{t('publish')}</SubmitButton>
    </form>
  );
}

export function ReopenForm({ id, version }: { id: number; version: number }) {
  const t = useTranslations('assessment');
  const { state, formAction, key } = useFormAction(reopenAssessmentAction);
  const e = state.fieldErrors ?? {};
  return (
    <details className="text-[13px]" open={!state.ok && !!state.message}>
      <summary className="cursor-pointer text-red-700 hover:underline">{t('reopen')}</summary>
      <form key={key} action={formAction} className="mt-3 max-w-xl space-y-3" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <Field id="reason" label={t('reopenReason')} error={e.reason} hint={t('reopenHint')} required>
          <Textarea {...describedBy('reason', e.reason)} name="reason" rows={2} maxLength={1000} defaultValue={fieldValue(state, 'reason', '')} />
        </Field>
        <SubmitButton variant="danger">{t('reopen')}</SubmitButton>
      </form>
    </details>
  );
}
