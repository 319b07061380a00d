import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import * as schema from '@/db/schema';
import { testUser } from '@/lib/testing/users';
import { RedirectSignal } from '@/lib/testing/mocks/next-navigation';
import { signInAs } from '@/lib/testing/mocks/session';
import type { CurrentUser } from './session';
import { ALL_PERMISSIONS, can, type Permission } from './permissions';
import { ROLES, type Role } from './roles';

/** Public actions that work without a signed-in user, or only on the caller's own session. */
const OPEN_ACTIONS = new Set(['loginAction', 'logoutAction', 'setLocaleAction']);

type Action = ((prev: undefined, payload?: Record<string, unknown>) => Promise<{ ok: boolean; message?: string }>) & { actionName?: string; permission?: Permission };

const modules = import.meta.glob<Record<string, unknown>>('/lib/**/actions.ts');
let actions: [string, Action][] = [];

const users = new Map<Role, CurrentUser>();

beforeAll(async () => {
  const loaded = await Promise.all(Object.entries(modules).map(async ([file, load]) => [file, await load()] as const));
  actions = loaded.flatMap(([file, mod]) =>
    Object.entries(mod)
      .filter(([, v]) => typeof v === 'function')
      .map(([name, v]) => [`${file}#${name}`, v as Action] as [string, Action]),
  );
  const names: Record<Role, string> = { admin: 'admin', office: 'office', leader: 'leader', assessor: 'assessor', auditor: 'auditor', unit: 'fgw' };
  for (const role of ROLES) users.set(role, testUser(names[role]));
});

const deniedCount = () => db.select({ n: count() }).from(schema.auditLog).where(eq(schema.auditLog.result, 'denied')).get()!.n;
const dataFingerprint = () =>
  [schema.units, schema.users, schema.plans, schema.tasks, schema.measures, schema.assignments, schema.notices].map((t) => db.select({ n: count() }).from(t).get()!.n);

async function call(action: Action, payload: Record<string, unknown>) {
  try {
    return await action(undefined, payload);
  } catch (e) {
    if (e instanceof RedirectSignal) return { ok: true, message: `redirect ${e.url}` };
    throw e;
  }
}

describe('authorization matrix: every server action × every role', () => {
  it('finds the actions', () => {
    expect(actions.length).toBeGreaterThan(15);
  });

  it('declares a permission from the one table for every action (a new action without one fails here)', () => {
    for (const [name, action] of actions) {
      const short = name.split('#')[1]!;
      if (OPEN_ACTIONS.has(short)) continue;
      expect(action.permission, `${name} has no permission: define it with defineAction`).toBeDefined();
      expect(ALL_PERMISSIONS).toContain(action.permission);
    }
  });

  for (const role of [...ROLES, null] as const) {
    it(`${role ?? 'signed out'}: allowed exactly where the table says, refused and audited elsewhere, nothing written`, async () => {
      for (const [name, action] of actions) {
        if (!action.permission) continue;
        signInAs(role ? users.get(role)! : null);
        const before = dataFingerprint();
        const denied = deniedCount();
        // An empty submission: a permitted role gets past the check to validation, a refused one does not.
        const result = await call(action, {});
        const allowed = role !== null && can(role, action.permission);
        if (role === null) {
          expect(result.message, name).toBe('v.signedOut');
        } else if (allowed) {
          expect(result.message, `${role} should pass the check of ${name}`).not.toBe('v.forbidden');
        } else {
          expect(result, `${role} must be refused ${name}`).toEqual({ ok: false, message: 'v.forbidden' });
          expect(deniedCount(), `${role} on ${name} is audited`).toBe(denied + 1);
        }
        expect(dataFingerprint(), `${role} on ${name} wrote nothing`).toEqual(before);
      }
    });
  }
});

describe('forged requests', () => {
  it('a unit user posting an assignment change is refused, audited and changes nothing', async () => {
    const { updateAssignmentAction, assignUnitsAction, removeAssignmentAction } = await import('@/lib/assignments/actions');
    const a = db.select().from(schema.assignments).limit(1).get()!;
    for (const role of ['unit', 'leader'] as const) {
      signInAs(users.get(role)!);
      const denied = deniedCount();
      expect(await call(updateAssignmentAction, { id: a.id, version: a.version, role: 'lead', target: 'forged', dueDate: '' })).toEqual({ ok: false, message: 'v.forbidden' });
      expect(await call(assignUnitsAction, { measureId: a.measureId, unitIds: [users.get('unit')!.unitId], role: 'lead' })).toEqual({ ok: false, message: 'v.forbidden' });
      expect(await call(removeAssignmentAction, { id: a.id })).toEqual({ ok: false, message: 'v.forbidden' });
      expect(deniedCount()).toBe(denied + 3);
    }
    expect(db.select().from(schema.assignments).where(eq(schema.assignments.id, a.id)).get()).toEqual(a);
  });

  it('a notice of another unit cannot be opened by id', async () => {
    const { openNoticeAction } = await import('@/lib/notices/actions');
    const other = db.select().from(schema.units).where(eq(schema.units.code, 'jyj')).get()!;
    const notice = db
      .insert(schema.notices)
      .values({ unitId: other.id, kind: 'reminder', params: { round: 'x' } })
      .returning()
      .get();
    signInAs(users.get('unit')!);
    const denied = deniedCount();
    expect(await call(openNoticeAction, { id: notice.id })).toEqual({ ok: false, message: 'v.forbidden' });
    expect(deniedCount()).toBe(denied + 1);
    expect(db.select().from(schema.notices).where(eq(schema.notices.id, notice.id)).get()!.readAt).toBeNull();
  });
});
