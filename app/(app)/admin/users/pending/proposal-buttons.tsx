'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ActionButton } from '@/components/forms/action-button';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/auth/action-state';
import { cancelProposalAction, confirmProposalAction, rejectProposalAction } from '@/lib/users/actions';

/** Confirm or turn down (the auditor), or withdraw (the system administrator) one proposal. */
export function ProposalButtons({ id, mayConfirm, mayCancel }: { id: number; mayConfirm: boolean; mayCancel: boolean }) {
  const t = useTranslations('admin.proposals');
  const [state, confirm] = useActionState(confirmProposalAction, initialActionState);
  const password = state.ok ? (state.data as { password?: string } | undefined)?.password : undefined;
  return (
    <div className="flex flex-col items-end gap-2">
      {mayConfirm && (
        <div className="flex items-center gap-2">
          <form action={confirm}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton size="sm">{t('confirm')}</SubmitButton>
          </form>
          <ActionButton action={rejectProposalAction} fields={{ id }} variant="danger" confirm={t('rejectConfirm')}>
            {t('reject')}
          </ActionButton>
        </div>
      )}
      {mayCancel && (
        <ActionButton action={cancelProposalAction} fields={{ id }} variant="ghost" confirm={t('cancelConfirm')}>
          {t('cancel')}
        </ActionButton>
      )}
      {state.message && <Alert tone={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      {password && (
        <Alert tone="success" className="text-left">
          {t('passwordIs')}{' '}
          <code className="ml-1 rounded bg-white px-1.5 py-0.5 font-mono text-sm select-all" data-testid="new-password">
            {password}
          </code>
        </Alert>
      )}
    </div>
  );
}
