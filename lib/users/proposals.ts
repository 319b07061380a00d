import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accountProposals, signInLocks, users, userSessions, type AccountProposal, type ProposalKind } from '@/db/schema';
import { ActionError } from '@/lib/auth/action';
import type { Role } from '@/lib/auth/roles';

/**
 * 三员分立 for the administrators' own accounts. Making an account an administrator (admin or
 * auditor), changing an administrator's role, or resetting an administrator's password is proposed
 * by one administrator and takes effect only when an administrator of the other kind confirms it.
 * Both steps are audited, and the auditor sees every proposal, pending or decided.
 *
 * A temporary password is only ever seen by an administrator of the account's own kind: the
 * proposer when the account is of the proposer's kind (made at proposal time, kept hashed until
 * confirmed), else the confirmer (made at confirmation). So neither kind can hand itself the other's
 * rights: an administrator who proposes an auditor account never learns its password.
 */

/** What the audit log keeps of an account: never the password hash. */
export function userSnapshot(tx: Tx, id: number) {
  return tx
    .select({ id: users.id, username: users.username, displayName: users.displayName, unitId: users.unitId, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

/** What the audit log keeps of a proposal: never the password hash. */
export function proposalSnapshot(p: AccountProposal) {
  const { passwordHash, ...rest } = p;
  return { ...rest, passwordMade: passwordHash != null };
}

/** Does an account have this user name, whatever its case? */
export function accountNamed(tx: Tx, username: string): boolean {
  return !!tx.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = ${username.toLowerCase()}`).get();
}

/** Is a user name taken, whatever its case, by an account or by a pending proposal for one? */
export function usernameTaken(tx: Tx, username: string): boolean {
  const lower = username.toLowerCase();
  return (
    accountNamed(tx, username) ||
    !!tx
      .select({ id: accountProposals.id })
      .from(accountProposals)
      .where(and(eq(accountProposals.status, 'pending'), sql`lower(${accountProposals.username}) = ${lower}`))
      .get()
  );
}

/** Is a temporary password for an account of `role` made at proposal time (the proposer shares its kind)? */
export function proposerMakesPassword(proposerRole: Role, role: Role): boolean {
  return proposerRole === role;
}

/** Records a proposal; refused while another is pending for the same account. */
export function propose(
  tx: Tx,
  values: { kind: ProposalKind; targetUserId?: number | null; username?: string; displayName?: string; unitId?: number; fromRole?: Role | null; toRole: Role; passwordHash?: string | null; proposedBy: number },
  now: Date,
): AccountProposal {
  if (values.targetUserId) {
    const pending = tx
      .select({ id: accountProposals.id })
      .from(accountProposals)
      .where(and(eq(accountProposals.targetUserId, values.targetUserId), eq(accountProposals.status, 'pending')))
      .get();
    if (pending) throw new ActionError({ key: 'proposalPending' });
  }
  return tx
    .insert(accountProposals)
    .values({ ...values, targetUserId: values.targetUserId ?? null, fromRole: values.fromRole ?? null, passwordHash: values.passwordHash ?? null, proposedAt: now })
    .returning()
    .get();
}

/** Ends every open session of an account (its role or password changed). */
export function endSessionsOf(tx: Tx, userId: number, reason: string, now: Date): void {
  tx.update(userSessions).set({ endedAt: now, endReason: reason }).where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt))).run();
}

/** Lifts every sign-in lock on an account's name, from every address. */
export function clearLocks(tx: Tx, username: string): void {
  tx.delete(signInLocks).where(eq(signInLocks.username, username.toLowerCase())).run();
}
