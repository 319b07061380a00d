/** What every action returns to its form. Messages are already in the user's language. */
export interface ActionState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** The record changed since the form was loaded (no lost update). */
  conflict?: boolean;
  data?: unknown;
  /** What the user sent, echoed back on a refusal so the form shows it again (never passwords or files). */
  values?: Record<string, string>;
}

export const initialActionState: ActionState = { ok: false };

/** The value a field shows: what the user last sent if the action refused it, else the stored value. */
export function fieldValue(state: ActionState, name: string, stored: string | number | null | undefined): string {
  return state.values?.[name] ?? (stored == null ? '' : String(stored));
}
