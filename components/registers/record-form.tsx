'use client';

import { useTranslations } from 'next-intl';
import { BoundForm } from '@/components/forms/form';
import { FormFields, type FieldDef } from '@/components/forms/form-fields';
import { HiddenKeys } from '@/components/forms/hidden-keys';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/auth/action-state';

type ServerAction = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

/** A register record's form, rendered from the register's declared fields (lib/registers/core/form.ts). */
export function RecordForm({ action, fields, values, keys, submitLabel }: { action: ServerAction; fields: FieldDef[]; values: Record<string, unknown>; keys?: Record<string, number>; submitLabel: string }) {
  const t = useTranslations();
  const form = useFormAction(action);
  return (
    <BoundForm form={form} className="grid max-w-3xl gap-4 sm:grid-cols-2">
      {keys && <HiddenKeys {...keys} version={(form.state.data as { version?: number } | undefined)?.version ?? keys.version} />}
      <FormFields fields={fields} values={values} t={(k: string) => t(k as never)} />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t('common.saving')}>{submitLabel}</SubmitButton>
      </div>
    </BoundForm>
  );
}
