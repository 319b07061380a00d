'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue, initialActionState, type ActionState } from '@/lib/auth/action-state';

type ServerAction = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
type FormHandle = ReturnType<typeof useFormAction>;

const Scope = createContext<ActionState>(initialActionState);

/** The answer of the form a field sits in: its error and, after a refusal, what the user sent. */
export function useFieldState(name: string) {
  const state = useContext(Scope);
  return {
    error: state.fieldErrors?.[name],
    value: (stored: string | number | null | undefined) => fieldValue(state, name, stored),
    checked: (stored: boolean) => (state.values ? state.values[name] === 'on' : stored),
  };
}

/**
 * A form bound to a `useFormAction` handle: the fields inside read their errors and echoed values
 * from its answer, the form-level message shows above them, and the form is mounted afresh after
 * each answer so the echoed values become its defaults.
 */
export function BoundForm({ form, className, confirm, children }: { form: FormHandle; className?: string; confirm?: string; children: ReactNode }) {
  return (
    <form
      key={form.key}
      action={form.formAction}
      className={className}
      noValidate
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      <FormMessage state={form.state} className="sm:col-span-2" />
      <Scope.Provider value={form.state}>{children}</Scope.Provider>
    </form>
  );
}

/** A form that owns its action's state: for forms that need nothing from the answer but its message. */
export function ActionForm({ action, className, confirm, children }: { action: ServerAction; className?: string; confirm?: string; children: ReactNode }) {
  const form = useFormAction(action);
  return (
    <BoundForm form={form} className={className} confirm={confirm}>
      {children}
    </BoundForm>
  );
}
