import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { db, type Tx } from '@/db/client';
import { writeAudit, type AuditEntry } from '@/lib/audit/log';
import { bumpDataVersion } from '@/lib/cache/memo';
import { PARSE_OPTIONS, fieldIssues, type MessageRef } from '@/lib/validation/issues';
import { can, type Permission } from './permissions';
import { actorOf, getCurrentUser, type CurrentUser } from './session';
import type { ActionState } from './action-state';
import { ActionError, ConflictError, FieldErrors, ScopeError } from './errors';

export type { ActionState } from './action-state';
export { ActionError, ConflictError, FieldErrors, ScopeError } from './errors';

export interface ActionContext<I> {
  user: CurrentUser;
  input: I;
  tx: Tx;
  now: Date;
  audit: (entry: Omit<AuditEntry, 'action'> & { action?: string }) => void;
}

export interface ActionOutcome {
  message?: MessageRef;
  redirectTo?: string;
  data?: unknown;
}

type Payload = FormData | Record<string, unknown> | undefined;

/** FormData → plain object: repeated keys and keys ending in [] become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of form.entries()) {
    if (rawKey.startsWith('$ACTION')) continue;
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (isArray) out[key] = [...((existing as unknown[]) ?? []), value];
    else if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * The object a refused call was aimed at, for the audit record: `id` names an object of the
 * action's own kind (`report.save` → report), else the first `…Id` field names its kind.
 */
export function targetOf(actionName: string, raw: Record<string, unknown>): { objectType?: string; objectId?: string } {
  const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, 40) : undefined);
  const id = scalar(raw.id);
  if (id) return { objectType: actionName.split('.')[0], objectId: id };
  for (const [key, value] of Object.entries(raw)) {
    const v = scalar(value);
    if (key.endsWith('Id') && v) return { objectType: key.slice(0, -2), objectId: v };
  }
  return {};
}

/** The text fields of a refused submission, so the form can show them again. Passwords are never echoed. */
function echo(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' && !/password/i.test(k)) out[k] = v;
  return out;
}

/**
 * Defines a server action: signs the user in, checks the permission from the one table, parses the
 * input with zod, runs the write and its audit records in one IMMEDIATE transaction, revalidates, and
 * returns translated field errors to the form. `prepare` does the async work (hashing, file checks)
 * before the transaction, because better-sqlite3 transactions are synchronous.
 */
export function defineAction<S extends z.ZodType, P = undefined>(def: {
  name: string;
  permission: Permission;
  schema: S;
  prepare?: (args: { user: CurrentUser; input: z.output<S> }) => Promise<P>;
  run: (ctx: ActionContext<z.output<S>> & { prepared: P }) => ActionOutcome | void;
}) {
  async function action(_prev: ActionState | undefined, payload?: Payload): Promise<ActionState> {
    const t = await getTranslations();
    // A bare key is an action message under `v.`; a dotted key names its own namespace.
    const tr = (ref: MessageRef) =>
      (t as unknown as (k: string, v?: MessageRef['values']) => string)(ref.key.includes('.') ? ref.key : `v.${ref.key}`, ref.values);
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: tr({ key: 'signedOut' }) };
    const raw = payload instanceof FormData ? formDataToObject(payload) : (payload ?? {});
    if (!can(user.role, def.permission) || (user.mustChangePassword && def.permission !== 'account.self')) {
      const target = targetOf(def.name, raw);
      writeAudit(db, actorOf(user), { action: def.name, ...target, result: 'denied', detail: user.mustChangePassword && can(user.role, def.permission) ? 'must change password first' : `needs ${def.permission}` });
      return { ok: false, message: tr({ key: 'forbidden' }) };
    }

    const parsed = def.schema.safeParse(raw, PARSE_OPTIONS);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      const fieldErrors = Object.fromEntries(Object.entries(issues).map(([f, ref]) => [f, tr(ref)]));
      return { ok: false, message: fieldErrors._form ?? tr({ key: 'fixErrors' }), fieldErrors, values: echo(raw) };
    }
    const input = parsed.data as z.output<S>;

    let outcome: ActionOutcome | void;
    const touched: string[] = [];
    try {
      const prepared = (def.prepare ? await def.prepare({ user, input }) : undefined) as P;
      const now = new Date();
      outcome = db.transaction(
        (tx) =>
          def.run({
            user,
            input,
            tx,
            now,
            prepared,
            audit: (entry) => {
              if (entry.objectType) touched.push(entry.objectType);
              writeAudit(tx, actorOf(user), { ...entry, action: entry.action ?? def.name });
            },
          }),
        { behavior: 'immediate' },
      );
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ScopeError) {
        writeAudit(db, actorOf(user), { action: def.name, objectType: error.objectType, objectId: error.objectId, result: 'denied', detail: 'out of scope' });
        return { ok: false, message: tr({ key: 'forbidden' }) };
      }
      if (error instanceof ActionError) {
        const fields = error instanceof FieldErrors ? error.fields : error.field ? { [error.field]: error.ref } : undefined;
        return {
          ok: false,
          message: fields ? tr({ key: 'fixErrors' }) : tr(error.ref),
          values: echo(raw),
          conflict: error instanceof ConflictError,
          data: error instanceof ConflictError ? error.current : undefined,
          fieldErrors: fields && Object.fromEntries(Object.entries(fields).map(([f, ref]) => [f, tr(ref)])),
        };
      }
      console.error(`[action ${def.name}]`, error);
      return { ok: false, message: tr({ key: 'unexpected' }), values: echo(raw) };
    }

    bumpDataVersion(touched);
    revalidatePath('/', 'layout');
    if (outcome?.redirectTo) redirect(outcome.redirectTo);
    return { ok: true, message: tr(outcome?.message ?? { key: 'saved' }), data: outcome?.data };
  }
  // Read by the authorization and bad-input tests: each action's permission and input schema.
  return Object.assign(action, { actionName: def.name, permission: def.permission, schema: def.schema });
}
