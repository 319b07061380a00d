import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { accountProposals, auditLog, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { run, testUser } from '@/lib/testing/users';
import { signInAs } from '@/lib/testing/mocks/session';
import { confirmProposalAction, createUserAction, rejectProposalAction, resetPasswordAction, unlockUserAction, updateUserAction } from './actions';

const userRow = (username: string) => db.select().from(users).where(eq(users.username, username)).get();
const pending = () => db.select().from(accountProposals).where(eq(accountProposals.status, 'pending')).all();
const unitId = () => userRow('admin')!.unitId;

/** Makes a second auditor the two-person way, for the tests that need one. */
async function secondAuditor(username: string) {
  signInAs(testUser('admin'));
  const proposed = await run(createUserAction, { username, displayName: '审计员乙', unitId: unitId(), role: 'auditor' });
  signInAs(testUser('auditor'));
  const id = (proposed.data as { proposalId: number }).proposalId;
  const confirmed = await run(confirmProposalAction, { id });
  expect(confirmed.ok).toBe(true);
  return { id: userRow(username)!.id, password: (confirmed.data as { password: string }).password };
}

describe('三员分立: no administrator gives itself or another one rights alone', () => {
  it('the administrator cannot make itself the auditor (or anything else)', async () => {
    const admin = testUser('admin');
    signInAs(admin);
    const r = await run(updateUserAction, { id: admin.id, displayName: admin.displayName, unitId: admin.unitId, role: 'auditor' });
    expect(r.ok).toBe(false);
    expect(r.fieldErrors?.role).toBe('v.cannotChangeOwnRole');
    expect(userRow('admin')!.role).toBe('admin');
    expect(pending()).toHaveLength(0);
  });

  it('nor reset its own password or unlock itself through the user administration', async () => {
    const admin = testUser('admin');
    signInAs(admin);
    const hash = userRow('admin')!.passwordHash;
    expect(await run(resetPasswordAction, { id: admin.id })).toMatchObject({ ok: false, message: 'v.cannotResetOwnPassword' });
    expect(await run(unlockUserAction, { id: admin.id })).toMatchObject({ ok: false, message: 'v.cannotUnlockSelf' });
    expect(userRow('admin')!.passwordHash).toBe(hash);
  });

  it('creating an auditor is only a proposal: nothing exists, and the proposer never sees a password, until an auditor confirms', async () => {
    signInAs(testUser('admin'));
    const r = await run(createUserAction, { username: 'audit2', displayName: '审计员二', unitId: unitId(), role: 'auditor', password: 'Chosen#2026ab' });
    expect(r).toMatchObject({ ok: true, message: 'v.proposed' });
    expect((r.data as { password?: string }).password).toBeUndefined();
    expect(userRow('audit2')).toBeUndefined();
    const [proposal] = pending();
    expect(proposal).toMatchObject({ kind: 'create', username: 'audit2', toRole: 'auditor', passwordHash: null });

    // The administrator cannot confirm its own proposal: the permission belongs to the other kind.
    expect(await run(confirmProposalAction, { id: proposal!.id })).toEqual({ ok: false, message: 'v.forbidden', redirect: undefined });
    expect(userRow('audit2')).toBeUndefined();

    signInAs(testUser('auditor'));
    const confirmed = await run(confirmProposalAction, { id: proposal!.id });
    expect(confirmed).toMatchObject({ ok: true, message: 'v.proposalConfirmed' });
    const password = (confirmed.data as { password: string }).password;
    const created = userRow('audit2')!;
    expect(created).toMatchObject({ role: 'auditor', mustChangePassword: true });
    expect(await verifyPassword(created.passwordHash, password)).toBe(true);
    expect(await verifyPassword(created.passwordHash, 'Chosen#2026ab')).toBe(false);

    // Both steps are in the audit log, by two different people.
    const steps = db.select().from(auditLog).where(and(eq(auditLog.objectType, 'account-proposal'), eq(auditLog.objectId, String(proposal!.id)))).all();
    expect(steps.map((s) => [s.action, s.username])).toEqual([
      ['user.propose', 'admin'],
      ['user.confirm', 'auditor'],
    ]);
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, 'user.create'), eq(auditLog.objectId, String(created.id)))).get()?.username).toBe('auditor');
  });

  it('a new system administrator’s password is made at proposal time for the proposer, never shown to the auditor who confirms', async () => {
    signInAs(testUser('admin'));
    const r = await run(createUserAction, { username: 'sysadmin2', displayName: '系统管理员二', unitId: unitId(), role: 'admin' });
    const { proposalId, password } = r.data as { proposalId: number; password: string };
    expect(password).toHaveLength(12);
    signInAs(testUser('auditor'));
    const confirmed = await run(confirmProposalAction, { id: proposalId });
    expect((confirmed.data as { password?: string }).password).toBeUndefined();
    expect(await verifyPassword(userRow('sysadmin2')!.passwordHash, password)).toBe(true);
  });

  it('resetting the auditor’s password alone changes nothing; the auditor concerned cannot confirm it; another auditor can', async () => {
    const second = await secondAuditor('audit3');
    const before = userRow('auditor')!.passwordHash;
    signInAs(testUser('admin'));
    const r = await run(resetPasswordAction, { id: userRow('auditor')!.id });
    expect(r).toMatchObject({ ok: true, message: 'v.resetProposed' });
    expect((r.data as { password?: string }).password).toBeUndefined();
    expect(userRow('auditor')!.passwordHash).toBe(before);
    const proposal = pending().find((p) => p.kind === 'reset-password')!;

    signInAs(testUser('auditor'));
    expect(await run(confirmProposalAction, { id: proposal.id })).toMatchObject({ ok: false, message: 'v.cannotConfirmOwnAccount' });
    expect(userRow('auditor')!.passwordHash).toBe(before);

    signInAs({ ...testUser('audit3'), id: second.id });
    const confirmed = await run(confirmProposalAction, { id: proposal.id });
    expect(confirmed.ok).toBe(true);
    const after = userRow('auditor')!;
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash, (confirmed.data as { password: string }).password)).toBe(true);
  });

  it('making a business account an administrator is proposed; the name and unit are saved at once; a turned-down proposal changes nothing', async () => {
    const fgw = userRow('fgw')!;
    signInAs(testUser('admin'));
    const r = await run(updateUserAction, { id: fgw.id, displayName: '发改委填报员（改）', unitId: fgw.unitId, role: 'auditor' });
    expect(r).toMatchObject({ ok: true, message: 'v.roleProposed' });
    expect(userRow('fgw')).toMatchObject({ role: 'unit', displayName: '发改委填报员（改）' });
    const proposal = pending().find((p) => p.kind === 'role' && p.targetUserId === fgw.id)!;
    expect(proposal).toMatchObject({ fromRole: 'unit', toRole: 'auditor' });
    // Its password reset, a business account's, is still one step meanwhile.
    expect(await run(resetPasswordAction, { id: fgw.id })).toMatchObject({ ok: true, message: 'v.passwordReset' });
    signInAs(testUser('auditor'));
    expect(await run(rejectProposalAction, { id: proposal.id })).toMatchObject({ ok: true, message: 'v.proposalRejected' });
    expect(userRow('fgw')!.role).toBe('unit');
    expect(await run(confirmProposalAction, { id: proposal.id })).toMatchObject({ ok: false, message: 'v.proposalDecided' });
  });

  it('resetting a business account stays one step and forces a change at next sign-in', async () => {
    const jyj = userRow('jyj')!;
    signInAs(testUser('admin'));
    const r = await run(resetPasswordAction, { id: jyj.id });
    expect(r).toMatchObject({ ok: true, message: 'v.passwordReset' });
    const after = userRow('jyj')!;
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash, (r.data as { password: string }).password)).toBe(true);
  });

  it('user names are one whatever their case', async () => {
    signInAs(testUser('admin'));
    const r = await run(createUserAction, { username: 'OFFICE', displayName: '重名', unitId: unitId(), role: 'unit', password: 'Distinct#2026ab' });
    expect(r.fieldErrors?.username).toBe('v.usernameTaken');
    expect(() => db.insert(users).values({ username: 'Office', displayName: 'x', unitId: unitId(), role: 'unit', passwordHash: 'x' }).run()).toThrow(/UNIQUE/);
  });
});
