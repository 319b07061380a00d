'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, Input, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/auth/action-state';
import { changePasswordAction } from '@/lib/account/actions';

export function PasswordForm() {
  const t = useTranslations();
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field id="currentPassword" label={t('account.currentPassword')} error={e.currentPassword} required>
        <Input {...describedBy('currentPassword', e.currentPassword)} name="currentPassword" type="password" autoComplete="current-password" maxLength={256} />
      </Field>
      <Field id="newPassword" label={t('account.newPassword')} error={e.newPassword} hint={t('admin.initialPasswordHint')} required>
        <Input {...describedBy('newPassword', e.newPassword)} name="newPassword" type="password" autoComplete="new-password" maxLength={128} />
      </Field>
      <Field id="confirmPassword" label={t('account.confirmPassword')} error={e.confirmPassword} required>
        <Input {...describedBy('confirmPassword', e.confirmPassword)} name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} />
      </Field>
      <SubmitButton pendingLabel={t('common.saving')}>{t('account.changePassword')}</SubmitButton>
    </form>
  );
}
