// The refusals an action throws. Kept apart from the action wrapper (which needs Next.js) so that
// code shared with scripts and child processes (imports, lib/actions/crud.ts) can throw them too.
import type { MessageRef } from '@/lib/validation/issues';

/** A refusal the user can act on: rolls the transaction back and shows the message. */
export class ActionError extends Error {
  constructor(
    public readonly ref: MessageRef,
    public readonly field?: string,
  ) {
    super(ref.key);
  }
}

/** Several fields refused at once, each with its own message (both a code and a name taken, say). */
export class FieldErrors extends ActionError {
  constructor(public readonly fields: Record<string, MessageRef>) {
    super({ key: 'fixErrors' });
  }
}

/** Someone saved the record first: the second writer is told and shown `current`; nothing is overwritten. */
export class ConflictError extends ActionError {
  constructor(public readonly current?: unknown) {
    super({ key: 'conflict' });
  }
}

/** The user may use the action but not on this object (another unit's record): refused and audited. */
export class ScopeError extends Error {
  constructor(
    public readonly objectType: string,
    public readonly objectId: string | number | null,
  ) {
    super('out of scope');
  }
}
