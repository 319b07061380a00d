'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FileField } from '@/components/forms/fields';
import { ActionForm } from '@/components/forms/form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/auth/action-state';

type ServerAction = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

/** Uploads a register's sheet for a preview; a file over the limit is refused here before it is sent (and again on the server). */
export function RegisterUploadForm({ action }: { action: ServerAction }) {
  const t = useTranslations('registers');
  const ti = useTranslations('importer');
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <ActionForm action={action} className="space-y-4">
      <FileField
        name="file"
        label={t('importFile')}
        hint={t('importHint')}
        required
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxBytes={10 * 1024 * 1024}
        tooLarge={() => t('importProblems.tooLarge')}
        onTooLarge={setTooLarge}
        inputClassName="file:py-2"
      />
      <SubmitButton pendingLabel={ti('uploading')} disabled={tooLarge}>
        {ti('upload')}
      </SubmitButton>
    </ActionForm>
  );
}
