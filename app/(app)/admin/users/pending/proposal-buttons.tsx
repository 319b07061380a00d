'use client';

import { createContext, useContext, useState, useTransition, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ActionButton } from '@/components/forms/action-button';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/auth/action-state';
import { cancelProposalAction, confirmProposalAction, rejectProposalAction } from '@/lib/users/actions';

/**
 * The outcome of a confirmation outlives its row: once confirmed, the proposal moves from the
 * pending list to the decided one (the page is rendered afresh), and the temporary password must
 * still be shown, once, to whoever confirmed it.
 */
const Outcome = createContext<(state: ActionState) => void>(() => undefined);

export function ProposalOutcome({ children }: { children: ReactNode }) {
  const t = useTranslations('admin.proposals');
  const [state, setState] = useState<ActionState | null>(null);
  const password = state?.ok ? (state.data as { password?: string } | undefined)?.password : undefined;
  return (
    <Outcome.Provider value={setState}>
      {state?.message && (
        <Alert tone={state.ok ? 'success' : 'error'} className="mb-4">
          {state.message}
          {password && (
            <span className="mt-1 block">
              {t('passwordIs')}{' '}
              <code className="ml-1 rounded bg-white px-1.5 py-0.5 font-mono text-sm select-all" data-testid="new-password">
                {password}
              </code>
            </span>
          )}
        </Alert>
      )}
      {children}
    </Outcome.Provider>
  );
}

/** Confirm or turn down (the auditor), or withdraw (the system administrator) one proposal. */
export function ProposalButtons({ id, mayConfirm, mayCancel }: { id: number; mayConfirm: boolean; mayCancel: boolean }) {
  const t = useTranslations('admin.proposals');
  const report = useContext(Outcome);
  const [pending, start] = useTransition();
  const confirm = () =>
    start(async () => {
      const form = new FormData();
      form.set('id', String(id));
      report(await confirmProposalAction(undefined, form));
    });
  return (
    <div className="flex flex-col items-end gap-2">
      {mayConfirm && (
        <div className="flex items-center gap-2">
          <Button size="sm" onClick={confirm} disabled={pending}>
            {t('confirm')}
          </Button>
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
    </div>
  );
}
