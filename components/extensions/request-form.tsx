'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { requestExtensionAction } from '@/lib/extensions/actions';

export function RequestExtensionForm({ assignmentId }: { assignmentId: number }) {
  const t = useTranslations('extensions');
  const { state, formAction, key } = useFormAction(requestExtensionAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Field id="requestedDueDate" label={t('requestedDueDate')} error={e.requestedDueDate} required>
        <Input {...describedBy('requestedDueDate', e.requestedDueDate)} type="date" name="requestedDueDate" defaultValue={fieldValue(state, 'requestedDueDate', '')} />
      </Field>
      <Field id="reason" label={t('reason')} error={e.reason} required>
        <Textarea {...describedBy('reason', e.reason)} name="reason" rows={3} maxLength={2000} defaultValue={fieldValue(state, 'reason', '')} />
      </Field>
      <SubmitButton variant="secondary">{t('submit')}</SubmitButton>
    </form>
  );
}
