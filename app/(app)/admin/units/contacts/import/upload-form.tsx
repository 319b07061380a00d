'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FileField } from '@/components/forms/fields';
import { ActionForm } from '@/components/forms/form';
import { SubmitButton } from '@/components/ui/submit-button';
import { previewUnitContactsImportAction } from '@/lib/units/actions';

/** Uploads a sheet of unit contacts for a preview; a file over the limit is refused here before it is sent (and again on the server). */
export function ContactsUploadForm() {
  const t = useTranslations('admin.contactsImport');
  const ti = useTranslations('importer');
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <ActionForm action={previewUnitContactsImportAction} className="space-y-4">
      <FileField
        name="file"
        label={t('file')}
        hint={t('fileHint')}
        required
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxBytes={10 * 1024 * 1024}
        tooLarge={() => t('problems.tooLarge')}
        onTooLarge={setTooLarge}
        inputClassName="file:py-2"
      />
      <SubmitButton pendingLabel={ti('uploading')} disabled={tooLarge}>
        {ti('upload')}
      </SubmitButton>
    </ActionForm>
  );
}
