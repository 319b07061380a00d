'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/form';
import { TextField } from '@/components/forms/fields';
import { HiddenKeys } from '@/components/forms/hidden-keys';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/auth/action-state';

type ServerAction = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

/** Archives a register record with a reason (never a hard delete); it can be restored. */
export function ArchiveForm({ action, id, version }: { action: ServerAction; id: number; version: number }) {
  const t = useTranslations('registers');
  return (
    <ActionForm action={action} className="space-y-3" confirm={t('archiveHint')}>
      <HiddenKeys id={id} version={version} />
      <p className="text-xs text-slate-500">{t('archiveHint')}</p>
      <TextField name="reason" label={t('archiveReason')} required maxLength={200} />
      <SubmitButton variant="danger">{t('archive')}</SubmitButton>
    </ActionForm>
  );
}
