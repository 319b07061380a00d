import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rawSqlite } from '@/db/client';
import { loadMessages } from '@/lib/i18n/messages';
import { RedirectSignal } from '@/lib/testing/mocks/next-navigation';
import { signInAs } from '@/lib/testing/mocks/session';
import { testUser } from '@/lib/testing/users';
import { can, type Permission } from './permissions';
import type { Role } from './roles';

/** What an attacker, or an unlucky paste, sends into every field of every form. */
const CORPUS: [string, unknown][] = [
  ['empty', ''],
  ['blank', '   '],
  ['10,001 characters', 'x'.repeat(10_001)],
  ['a number', 12345],
  ['a list', ['a', 'b']],
  ['an object', { a: 1 }],
  ['script tag', '<script>alert(1)</script>'],
  ['attribute break-out', '"><img src=x onerror=alert(1)>'],
  ['SQL', "'; DROP TABLE users; --"],
  ['emoji', '😀🏛️👩‍⚖️'],
  ['right-to-left', 'مرحبا \u202Egnp.exe'],
  ['negative', '-1'],
  ['huge number', '99999999999999999999'],
  ['not a number', 'NaN'],
  ['impossible date', '2018-02-30'],
  ['date too early', '1899-12-31'],
  ['date too late', '2999-01-01'],
  ['null', null],
];

type Action = ((prev: undefined, payload: Record<string, unknown>) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>) & {
  actionName?: string;
  permission?: Permission;
  schema?: z.ZodType;
};

/** The field names a schema reads (objects, unions of objects, and their pipes and refinements). */
function fieldsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodDiscriminatedUnion || schema instanceof z.ZodUnion) return [...new Set((schema.options as z.ZodType[]).flatMap(fieldsOf))];
  if (schema instanceof z.ZodPipe) return fieldsOf(schema.in as z.ZodType);
  return [];
}

const zh = loadMessages('zh-CN') as unknown as Record<string, unknown>;
function inCatalog(key: string): boolean {
  const path = key.split('.');
  let node: unknown = zh;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string';
}

const modules = import.meta.glob<Record<string, unknown>>('/lib/**/actions.ts');
const actions: [string, Action][] = [];
const ACCOUNT: Record<Role, string> = { admin: 'admin', office: 'office', leader: 'leader', assessor: 'assessor', auditor: 'auditor', unit: 'fgw' };

beforeAll(async () => {
  for (const [file, load] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value === 'function' && (value as Action).schema) actions.push([`${file}#${name}`, value as Action]);
    }
  }
});

/** Rows changed on the connection, less the audit records (a refusal may be audited; nothing else may change). */
const changes = () =>
  (rawSqlite().prepare('select total_changes()').pluck().get() as number) - (rawSqlite().prepare('select count(*) from audit_log').pluck().get() as number);

describe('bad-input corpus: every field of every action', () => {
  it('is refused with a message from the catalogs, never a crash, and nothing is written', async () => {
    expect(actions.length).toBeGreaterThan(30);
    let cases = 0;
    for (const [name, action] of actions) {
      const role = (Object.keys(ACCOUNT) as Role[]).find((r) => can(r, action.permission!))!;
      signInAs(testUser(ACCOUNT[role]));
      // An action without fields (mark all read) has nothing to feed bad input to.
      const fields = fieldsOf(action.schema!);
      for (const field of fields) {
        for (const [label, value] of CORPUS) {
          const before = changes();
          let result;
          try {
            result = await action(undefined, { [field]: value });
          } catch (e) {
            if (e instanceof RedirectSignal) throw new Error(`${name} accepted ${label} in ${field} alone and redirected`);
            throw e;
          }
          const what = `${name} · ${field} = ${label}`;
          expect(result.ok, what).toBe(false);
          expect(result.message, what).not.toBe('v.unexpected');
          expect(inCatalog(result.message!), `${what}: message ${result.message} is not in the catalogs`).toBe(true);
          for (const m of Object.values(result.fieldErrors ?? {})) expect(inCatalog(m), `${what}: ${m}`).toBe(true);
          expect(changes(), `${what} wrote to the database`).toBe(before);
          cases++;
        }
      }
    }
    expect(cases).toBeGreaterThan(1000);
  }, 120_000);
});
