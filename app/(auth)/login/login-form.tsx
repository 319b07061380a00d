'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Field, Input } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { loginAction, type LoginState } from '@/lib/auth/actions';

export function LoginForm() {
  const t = useTranslations('auth');
  const [state, action] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Field id="username" label={t('username')}>
        <Input id="username" name="username" autoComplete="username" defaultValue={state.username} required maxLength={64} autoFocus />
      </Field>
      <Field id="password" label={t('password')}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </Field>
      <SubmitButton className="w-full" pendingLabel={t('signingIn')}>
        {t('signIn')}
      </SubmitButton>
    </form>
  );
}
