import type { ActionState } from '@/lib/auth/action-state';
import { Alert } from './alert';

/** The form-level outcome of an action: success or the refusal, in the user's language. */
export function FormMessage({ state, className }: { state: ActionState | undefined; className?: string }) {
  if (!state?.message) return null;
  return (
    <Alert tone={state.ok ? 'success' : 'error'} className={className}>
      {state.message}
    </Alert>
  );
}
