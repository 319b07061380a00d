import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, units } from '@/db/schema';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { createUnitAction, updateUnitAction } from './actions';

const unitForm = (unit: typeof units.$inferSelect, changes: Record<string, string>) => ({
  id: unit.id,
  version: String(unit.updatedAt.getTime()),
  code: unit.code,
  name: unit.name,
  fullName: unit.fullName,
  kind: unit.kind,
  group: unit.group,
  ...(unit.enforcement ? { enforcement: 'on' } : {}),
  ...(unit.active ? { active: 'on' } : {}),
  contactName: unit.contactName ?? '',
  contactPhone: unit.contactPhone ?? '',
  ...changes,
});
const jyj = () => db.select().from(units).where(eq(units.code, 'jyj')).get()!;
const audits = (id: number) => db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'unit.update'), eq(auditLog.objectId, String(id)))).get()!.n;

describe('a unit’s contact person and phone', () => {
  it('the demo units each have a contact and a phone', () => {
    const missing = db.select().from(units).all().filter((u) => !u.contactName || !u.contactPhone);
    expect(missing.map((u) => u.code)).toEqual([]);
  });

  it('refuses what is not a phone number, on its field, and writes nothing', async () => {
    signInAs(testUser('admin'));
    const before = jyj();
    const auditsBefore = audits(before.id);
    for (const bad of ['12345', '2871234567', '0571-1234567', '138123456789', 'call me', '0571-87654321-', '+86 0571 87654321x']) {
      const r = await run(updateUnitAction, unitForm(before, { contactName: '王芳', contactPhone: bad }));
      expect(r, bad).toMatchObject({ ok: false, message: 'v.fixErrors', fieldErrors: { contactPhone: 'v.phone' } });
      // What was typed comes back to the form.
      expect(r.fieldErrors && Object.keys(r.fieldErrors)).toEqual(['contactPhone']);
    }
    expect(jyj()).toEqual(before);
    expect(audits(before.id)).toBe(auditsBefore);
    const created = await run(createUnitAction, { code: 'phone-test', name: '电话测试局', fullName: '电话测试局', kind: 'government', group: 'city', contactPhone: '110' });
    expect(created).toMatchObject({ ok: false, fieldErrors: { contactPhone: 'v.phone' } });
    expect(db.select().from(units).where(eq(units.code, 'phone-test')).get()).toBeUndefined();
  });

  it('accepts a mobile, a landline with or without area code and extension, and blank; the change is audited', async () => {
    signInAs(testUser('admin'));
    const cases: [string, string | null][] = [
      ['13812345678', '13812345678'],
      ['138 1234 5678', '13812345678'],
      ['0571-87654321', '0571-87654321'],
      ['0571-87654321-801', '0571-87654321-801'],
      ['010-6512345转12', '010-6512345转12'],
      ['(0728)8123456', '(0728)8123456'],
      ['87654321', '87654321'],
      ['  ', null],
    ];
    for (const [typed, stored] of cases) {
      const before = jyj();
      const auditsBefore = audits(before.id);
      expect(await run(updateUnitAction, unitForm(before, { contactName: ' 李娜 ', contactPhone: typed })), typed).toMatchObject({ ok: true });
      expect(jyj().contactPhone, typed).toBe(stored);
      expect(jyj().contactName).toBe('李娜');
      expect(audits(before.id)).toBe(auditsBefore + 1);
    }
    const last = db.select().from(auditLog).where(eq(auditLog.action, 'unit.update')).all().at(-1)!;
    expect(JSON.stringify(last.after)).toContain('李娜');
  });
});
