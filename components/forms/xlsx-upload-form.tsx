'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FileField } from '@/components/forms/fields';
import { ActionForm } from '@/components/forms/form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/auth/action-state';

type ServerAction = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

/** The largest sheet any import accepts (the server checks again). */
export const XLSX_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Uploads an .xlsx sheet to an import's preview action (a register's records, the units' contacts); a file
 * over the limit is refused here before it is sent, with the caller's message.
 */
export function XlsxUploadForm({ action, label, hint, tooLarge }: { action: ServerAction; label: string; hint: string; tooLarge: string }) {
  const ti = useTranslations('importer');
  const [over, setOver] = useState(false);
  return (
    <ActionForm action={action} className="space-y-4">
      <FileField
        name="file"
        label={label}
        hint={hint}
        required
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxBytes={XLSX_MAX_BYTES}
        tooLarge={() => tooLarge}
        onTooLarge={setOver}
        inputClassName="file:py-2"
      />
      <SubmitButton pendingLabel={ti('uploading')} disabled={over}>
        {ti('upload')}
      </SubmitButton>
    </ActionForm>
  );
}
