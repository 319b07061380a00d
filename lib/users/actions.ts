'use server';

import { eq } from 'drizzle-orm';
import { accountProposals, users, units } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { hashPassword } from '@/lib/auth/password';
import { newPasswordProblem } from '@/lib/auth/password-rules';
import { generateTemporaryPassword } from '@/lib/auth/policy';
import { isAdminRole } from '@/lib/auth/roles';
import type { Tx } from '@/db/client';
import { accountNamed, clearLocks, endSessionsOf, propose, proposalSnapshot, proposerMakesPassword, userSnapshot as snapshot, usernameTaken } from './proposals';
import { createUserSchema, setActiveSchema, updateUserSchema, userIdSchema } from './validation';

function assertUnitExists(tx: Tx, unitId: number) {
  if (!tx.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) throw new ActionError({ key: 'choose' }, 'unitId');
}

/** A temporary password and its hash, made before the transaction (hashing is slow); used only where the rules say. */
async function temporaryPassword() {
  const password = generateTemporaryPassword();
  return { password, hash: await hashPassword(password) };
}

/**
 * Creates a business account at once (the user changes the initial password at first sign-in); an
 * administrator account is proposed instead and made when an administrator of the other kind confirms.
 */
export const createUserAction = defineAction({
  name: 'user.create',
  permission: 'user.manage',
  schema: createUserSchema,
  async prepare({ input }) {
    if (isAdminRole(input.role)) return { hash: null, temporary: await temporaryPassword() };
    const problem = newPasswordProblem(input.password ?? '', input.username);
    if (problem) throw new ActionError({ key: problem }, 'password');
    return { hash: await hashPassword(input.password!), temporary: null };
  },
  run({ tx, input, prepared, audit, now, user }) {
    if (usernameTaken(tx, input.username)) throw new ActionError({ key: 'usernameTaken' }, 'username');
    assertUnitExists(tx, input.unitId);
    if (prepared.temporary) {
      const mine = proposerMakesPassword(user.role, input.role);
      const proposal = propose(
        tx,
        { kind: 'create', username: input.username, displayName: input.displayName, unitId: input.unitId, toRole: input.role, passwordHash: mine ? prepared.temporary.hash : null, proposedBy: user.id },
        now,
      );
      audit({ action: 'user.propose', objectType: 'account-proposal', objectId: proposal.id, after: proposalSnapshot(proposal) });
      return { message: { key: 'proposed' }, data: { proposalId: proposal.id, password: mine ? prepared.temporary.password : undefined } };
    }
    const created = tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, unitId: input.unitId, role: input.role, passwordHash: prepared.hash!, mustChangePassword: true, passwordChangedAt: now })
      .returning({ id: users.id })
      .get();
    audit({ objectType: 'user', objectId: created.id, after: snapshot(tx, created.id) });
    return { redirectTo: `/admin/users/${created.id}?created=1` };
  },
});

/**
 * Changes a user's name, unit or role. Nobody changes their own role; a role change that makes or
 * unmakes an administrator is proposed (the name and unit are saved at once).
 */
export const updateUserAction = defineAction({
  name: 'user.update',
  permission: 'user.manage',
  schema: updateUserSchema,
  run({ tx, input, audit, now, user }) {
    const before = snapshot(tx, input.id);
    if (!before) throw new ActionError({ key: 'notFound' });
    const roleChange = before.role !== input.role;
    if (roleChange && input.id === user.id) throw new ActionError({ key: 'cannotChangeOwnRole' }, 'role');
    assertUnitExists(tx, input.unitId);
    const twoPeople = roleChange && (isAdminRole(before.role) || isAdminRole(input.role));
    tx.update(users)
      .set({ displayName: input.displayName, unitId: input.unitId, role: twoPeople ? before.role : input.role, updatedAt: now })
      .where(eq(users.id, input.id))
      .run();
    audit({ objectType: 'user', objectId: input.id, before, after: snapshot(tx, input.id) });
    if (!twoPeople) return;
    const proposal = propose(tx, { kind: 'role', targetUserId: input.id, fromRole: before.role, toRole: input.role, proposedBy: user.id }, now);
    audit({ action: 'user.propose', objectType: 'account-proposal', objectId: proposal.id, after: proposalSnapshot(proposal) });
    return { message: { key: 'roleProposed' } };
  },
});

/** Deactivates (ending every open session) or reactivates an account. Accounts are never deleted. */
export const setUserActiveAction = defineAction({
  name: 'user.set-active',
  permission: 'user.manage',
  schema: setActiveSchema,
  run({ tx, input, audit, user, now }) {
    if (input.id === user.id && !input.active) throw new ActionError({ key: 'cannotDeactivateSelf' });
    const before = snapshot(tx, input.id);
    if (!before) throw new ActionError({ key: 'notFound' });
    tx.update(users).set({ active: input.active, updatedAt: now }).where(eq(users.id, input.id)).run();
    if (!input.active) endSessionsOf(tx, input.id, 'deactivated', now);
    audit({ objectType: 'user', objectId: input.id, before, after: snapshot(tx, input.id) });
    return { message: { key: input.active ? 'activated' : 'deactivated' } };
  },
});

/**
 * Sets a generated temporary password (shown once), lifts the account's sign-in locks and forces a
 * change at next sign-in. Never one's own; an administrator's password reset is proposed.
 */
export const resetPasswordAction = defineAction({
  name: 'user.reset-password',
  permission: 'user.manage',
  schema: userIdSchema,
  prepare: temporaryPassword,
  run({ tx, input, prepared, audit, now, user }) {
    if (input.id === user.id) throw new ActionError({ key: 'cannotResetOwnPassword' });
    const before = snapshot(tx, input.id);
    if (!before) throw new ActionError({ key: 'notFound' });
    if (isAdminRole(before.role)) {
      const mine = proposerMakesPassword(user.role, before.role);
      const proposal = propose(
        tx,
        { kind: 'reset-password', targetUserId: input.id, fromRole: before.role, toRole: before.role, passwordHash: mine ? prepared.hash : null, proposedBy: user.id },
        now,
      );
      audit({ action: 'user.propose', objectType: 'account-proposal', objectId: proposal.id, after: proposalSnapshot(proposal) });
      return { message: { key: 'resetProposed' }, data: { proposalId: proposal.id, password: mine ? prepared.password : undefined } };
    }
    tx.update(users)
      .set({ passwordHash: prepared.hash, mustChangePassword: true, isDemo: false, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, input.id))
      .run();
    clearLocks(tx, before.username);
    endSessionsOf(tx, input.id, 'password-reset', now);
    audit({ objectType: 'user', objectId: input.id, before, after: { ...snapshot(tx, input.id), passwordReset: true } });
    return { message: { key: 'passwordReset' }, data: { password: prepared.password } };
  },
});

/** Lifts an account's sign-in locks (from every address). Never one's own. */
export const unlockUserAction = defineAction({
  name: 'user.unlock',
  permission: 'user.manage',
  schema: userIdSchema,
  run({ tx, input, audit, user }) {
    if (input.id === user.id) throw new ActionError({ key: 'cannotUnlockSelf' });
    const target = snapshot(tx, input.id);
    if (!target) throw new ActionError({ key: 'notFound' });
    clearLocks(tx, target.username);
    audit({ objectType: 'user', objectId: input.id, after: { unlocked: true } });
    return { message: { key: 'unlocked' } };
  },
});

function pendingProposal(tx: Tx, id: number) {
  const p = tx.select().from(accountProposals).where(eq(accountProposals.id, id)).get();
  if (!p) throw new ActionError({ key: 'notFound' });
  if (p.status !== 'pending') throw new ActionError({ key: 'proposalDecided' });
  return p;
}

/**
 * Confirms a proposed change to an administrator account and applies it. The confirmer is an
 * administrator of another kind than the proposer, and neither the proposer nor the account itself;
 * the account must still be as it was when proposed.
 */
export const confirmProposalAction = defineAction({
  name: 'user.confirm',
  permission: 'user.change.confirm',
  schema: userIdSchema,
  prepare: temporaryPassword,
  run({ tx, input, prepared, audit, now, user }) {
    const p = pendingProposal(tx, input.id);
    const proposer = tx.select({ role: users.role }).from(users).where(eq(users.id, p.proposedBy)).get();
    if (p.proposedBy === user.id || proposer?.role === user.role) throw new ActionError({ key: 'cannotConfirmOwnKind' });
    if (p.targetUserId === user.id) throw new ActionError({ key: 'cannotConfirmOwnAccount' });
    // The password is the confirmer's to hand over when the account is of the confirmer's kind.
    const mine = !p.passwordHash;
    const hash = p.passwordHash ?? prepared.hash;
    let targetId: number;
    if (p.kind === 'create') {
      if (accountNamed(tx, p.username!)) throw new ActionError({ key: 'usernameTaken' });
      const created = tx
        .insert(users)
        .values({ username: p.username!, displayName: p.displayName!, unitId: p.unitId!, role: p.toRole, passwordHash: hash, mustChangePassword: true, passwordChangedAt: now })
        .returning({ id: users.id })
        .get();
      targetId = created.id;
      audit({ action: 'user.create', objectType: 'user', objectId: created.id, after: snapshot(tx, created.id), detail: `proposal #${p.id}` });
    } else {
      const before = snapshot(tx, p.targetUserId!);
      if (!before || before.role !== p.fromRole) throw new ActionError({ key: 'proposalStale' });
      targetId = before.id;
      if (p.kind === 'role') {
        tx.update(users).set({ role: p.toRole, updatedAt: now }).where(eq(users.id, before.id)).run();
        endSessionsOf(tx, before.id, 'role-changed', now);
        audit({ action: 'user.update', objectType: 'user', objectId: before.id, before, after: snapshot(tx, before.id), detail: `proposal #${p.id}` });
      } else {
        tx.update(users).set({ passwordHash: hash, mustChangePassword: true, isDemo: false, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, before.id)).run();
        clearLocks(tx, before.username);
        endSessionsOf(tx, before.id, 'password-reset', now);
        audit({ action: 'user.reset-password', objectType: 'user', objectId: before.id, before, after: { ...snapshot(tx, before.id), passwordReset: true }, detail: `proposal #${p.id}` });
      }
    }
    const after = tx.update(accountProposals).set({ status: 'confirmed', decidedBy: user.id, decidedAt: now, targetUserId: targetId }).where(eq(accountProposals.id, p.id)).returning().get();
    audit({ objectType: 'account-proposal', objectId: p.id, before: proposalSnapshot(p), after: proposalSnapshot(after) });
    const showPassword = mine && p.kind !== 'role';
    return { message: { key: 'proposalConfirmed' }, data: { password: showPassword ? prepared.password : undefined } };
  },
});

/** Turns down a proposal (an administrator of another kind than the proposer). Nothing changes. */
export const rejectProposalAction = defineAction({
  name: 'user.reject',
  permission: 'user.change.confirm',
  schema: userIdSchema,
  run({ tx, input, audit, now, user }) {
    const p = pendingProposal(tx, input.id);
    if (p.proposedBy === user.id) throw new ActionError({ key: 'cannotConfirmOwnKind' });
    const after = tx.update(accountProposals).set({ status: 'rejected', decidedBy: user.id, decidedAt: now }).where(eq(accountProposals.id, p.id)).returning().get();
    audit({ objectType: 'account-proposal', objectId: p.id, before: proposalSnapshot(p), after: proposalSnapshot(after) });
    return { message: { key: 'proposalRejected' } };
  },
});

/** Withdraws a pending proposal (any system administrator). Nothing changes. */
export const cancelProposalAction = defineAction({
  name: 'user.cancel-proposal',
  permission: 'user.manage',
  schema: userIdSchema,
  run({ tx, input, audit, now, user }) {
    const p = pendingProposal(tx, input.id);
    const after = tx.update(accountProposals).set({ status: 'cancelled', decidedBy: user.id, decidedAt: now }).where(eq(accountProposals.id, p.id)).returning().get();
    audit({ objectType: 'account-proposal', objectId: p.id, before: proposalSnapshot(p), after: proposalSnapshot(after) });
    return { message: { key: 'proposalCancelled' } };
  },
});
