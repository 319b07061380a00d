'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/forms/action-button';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { removeEvidenceAction, uploadEvidenceAction } from '@/lib/reports/actions';

const MAX_BYTES = 20 * 1024 * 1024;

/** Upload one evidence file at a time (checked again on the server), and remove one from the draft. */
export function EvidenceUpload({ reportId }: { reportId: number }) {
  const t = useTranslations('reports');
  const { state, formAction, key } = useFormAction(uploadEvidenceAction);
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? t('files.tooLarge') : state.fieldErrors?.file;
  return (
    <form key={key} action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <FormMessage state={state.ok ? state : error ? undefined : state} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="evidence-file" className="sr-only">
          {t('evidence')}
        </label>
        <input
          id="evidence-file"
          type="file"
          name="file"
          accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
          aria-describedby="evidence-error"
          className="block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-brand-700 hover:file:bg-brand-100"
          onChange={(ev) => setTooLarge((ev.target.files?.[0]?.size ?? 0) > MAX_BYTES)}
        />
        <SubmitButton size="sm" variant="secondary" pendingLabel={t('uploading')} disabled={tooLarge}>
          {t('upload')}
        </SubmitButton>
      </div>
      <p id="evidence-error" role="alert" className="text-xs text-red-600 empty:hidden">
        {error}
      </p>
      <p className="text-xs text-slate-500">{t('evidenceHint')}</p>
    </form>
  );
}

export function RemoveEvidence({ id }: { id: number }) {
  const t = useTranslations('reports');
  return (
    <ActionButton action={removeEvidenceAction} fields={{ id }} variant="ghost">
      {t('remove')}
    </ActionButton>
  );
}
