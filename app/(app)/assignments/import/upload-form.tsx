'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, Select, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { previewImportAction } from '@/lib/import-export/actions';

const MAX_BYTES = 10 * 1024 * 1024;

/** Uploads the table for a preview; a file over the limit is refused here before it is sent (and again on the server). */
export function UploadForm({ plans, currentPlanId }: { plans: { id: number; title: string }[]; currentPlanId?: number }) {
  const t = useTranslations('importer');
  const { state, formAction, key } = useFormAction(previewImportAction);
  const [tooLarge, setTooLarge] = useState(false);
  const fileError = tooLarge ? t('problems.tooLarge') : state.fieldErrors?.file;
  return (
    <form key={key} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field id="planId" label={t('plan')} error={state.fieldErrors?.planId} required>
        <Select {...describedBy('planId', state.fieldErrors?.planId)} name="planId" defaultValue={fieldValue(state, 'planId', currentPlanId)}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="file" label={t('file')} error={fileError} hint={t('fileHint')} required>
        <input
          {...describedBy('file', fileError)}
          type="file"
          name="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700 hover:file:bg-brand-100"
          onChange={(e) => setTooLarge((e.target.files?.[0]?.size ?? 0) > MAX_BYTES)}
        />
      </Field>
      <SubmitButton pendingLabel={t('uploading')} disabled={tooLarge}>
        {t('upload')}
      </SubmitButton>
    </form>
  );
}
