'use client';

import { useActionState } from 'react';
import { initialActionState, type ActionState } from '@/lib/auth/action-state';

type ServerAction = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

/**
 * useActionState plus a submission counter. Use `key` on the <form>: after each answer the form is
 * mounted afresh with the echoed values as its defaults, so a refusal shows what the user typed,
 * selects included (React's own form reset would put selects back to their first option).
 */
export function useFormAction(action: ServerAction) {
  const [state, formAction, pending] = useActionState<ActionState & { seq: number }, FormData>(
    async (prev, form) => ({ ...(await action(prev, form)), seq: prev.seq + 1 }),
    { ...initialActionState, seq: 0 },
  );
  return { state, formAction, pending, key: state.seq };
}
