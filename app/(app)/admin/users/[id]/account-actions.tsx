'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/auth/action-state';
import { resetPasswordAction, setUserActiveAction, unlockUserAction } from '@/lib/users/actions';

/**
 * Reset password (the new one is shown once; an administrator's reset is proposed), lift the sign-in
 * locks, and activate / deactivate. None of them on one's own account.
 */
export function AccountActions({ userId, active, locked, self, adminAccount }: { userId: number; active: boolean; locked: boolean; self: boolean; adminAccount: boolean }) {
  const t = useTranslations('admin');
  const [resetState, reset] = useActionState(resetPasswordAction, initialActionState);
  const [unlockState, unlock] = useActionState(unlockUserAction, initialActionState);
  const [activeState, setActive] = useActionState(setUserActiveAction, initialActionState);
  const newPassword = resetState.ok ? (resetState.data as { password?: string } | undefined)?.password : undefined;
  if (self) return <p className="text-[13px] text-slate-600">{t('ownAccountNote')}</p>;
  return (
    <div className="space-y-5">
      <form action={reset} className="space-y-2">
        <input type="hidden" name="id" value={userId} />
        <p className="text-[13px] text-slate-600">{adminAccount ? t('resetProposeConfirm') : t('resetConfirm')}</p>
        <FormMessage state={resetState} />
        {newPassword && (
          <Alert tone="success">
            {adminAccount ? t('proposalPasswordIs') : t('newPasswordIs')}{' '}
            <code className="ml-1 rounded bg-white px-1.5 py-0.5 font-mono text-sm select-all" data-testid="new-password">
              {newPassword}
            </code>
          </Alert>
        )}
        <SubmitButton variant="secondary">{adminAccount ? t('proposeReset') : t('resetPassword')}</SubmitButton>
      </form>
      {locked && (
        <form action={unlock} className="space-y-2 border-t border-slate-200 pt-4">
          <input type="hidden" name="id" value={userId} />
          <p className="text-[13px] text-slate-600">{t('unlockHint')}</p>
          <FormMessage state={unlockState} />
          <SubmitButton variant="secondary">{t('unlock')}</SubmitButton>
        </form>
      )}
      <form action={setActive} className="space-y-2 border-t border-slate-200 pt-4">
        <input type="hidden" name="id" value={userId} />
        <input type="hidden" name="active" value={active ? 'false' : 'true'} />
        <FormMessage state={activeState} />
        <SubmitButton variant={active ? 'danger' : 'primary'}>{active ? t('deactivate') : t('activate')}</SubmitButton>
      </form>
    </div>
  );
}
