'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { initialActionState, type ActionState } from '@/lib/auth/action-state';

type ServerAction = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

/**
 * A one-button form for a small action (move, make current, restore): hidden fields carry the input,
 * and a refusal is shown beside the button.
 */
export function ActionButton({
  action,
  fields,
  children,
  variant = 'secondary',
  size = 'sm',
  title,
  confirm,
}: {
  action: ServerAction;
  fields: Record<string, string | number>;
  children: React.ReactNode;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'sm' | 'md';
  title?: string;
  confirm?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" variant={variant} size={size} disabled={pending} title={title} aria-label={title}>
        {children}
      </Button>
      {!state.ok && state.message && (
        <span role="alert" className="text-xs text-red-600">
          {state.message}
        </span>
      )}
    </form>
  );
}
