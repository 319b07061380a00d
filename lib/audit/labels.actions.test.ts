import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMessages } from '@/lib/i18n/messages';
import { REGISTERS } from '@/lib/registers';
import { AUDIT_OBJECT_TYPES, auditActionLabel, auditActionOptions, auditObjectLabel, auditObjectOptions, type Translate } from './labels';

/** Operations written outside the action wrapper: sign-in and sessions, route handlers' exports, jobs, seeding, setup. */
const OTHER = [
  'access.denied',
  'auth.sign-in',
  'auth.sign-out',
  'auth.session-end',
  'security.cross-origin',
  'seed.demo',
  'seed.demo-history',
  'seed.demo-registers',
  'seed.demo-assessment',
  'setup.first-admin',
  'reminder.auto',
  'audit.prune',
  'audit.export',
  'annual-report.export',
  'assessment.bulletin-export',
  'assignment.export',
  'unit.contacts-export',
  'assignment.archive',
  'assignment.delete',
  'user.propose',
];

function translator(locale: 'zh-CN' | 'en'): Translate {
  const catalog = loadMessages(locale) as unknown as Record<string, unknown>;
  const find = (key: string) => key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], catalog);
  const t = (key: string, values: Record<string, string | number> = {}) => String(find(key)).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  return Object.assign(t, { has: (key: string) => typeof find(key) === 'string' });
}

const modules = import.meta.glob<Record<string, unknown>>('/lib/**/actions.ts');
const names = new Set<string>(OTHER);
/** The names of the actions defined with defineAction (a refused call is recorded against their kind). */
const actionNames = new Set<string>();

beforeAll(async () => {
  for (const load of Object.values(modules))
    for (const value of Object.values(await load())) {
      const name = (value as { actionName?: unknown }).actionName;
      if (typeof value === 'function' && typeof name === 'string') {
        names.add(name);
        actionNames.add(name);
      }
    }
  for (const r of REGISTERS) names.add(`register.${r.name}.export`);
});

describe('audit operations', () => {
  it('every operation the app records has a name in Chinese and in English (the auditor never reads a code)', () => {
    expect(names.size).toBeGreaterThan(80);
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      const missing = [...names].filter((n) => auditActionLabel(n, t) === null);
      expect(missing, locale).toEqual([]);
    }
  });

  it('names a register operation from its verb and the register', () => {
    expect(auditActionLabel('register.litigation.import-apply', translator('zh-CN'))).toBe('应用行政应诉台账导入');
    expect(auditActionLabel('register.documents.archive', translator('en'))).toBe('Normative documents: archive record');
    expect(auditActionLabel('register.nonsense.create', translator('zh-CN'))).toBeNull();
  });

  it('offers the filter every named operation by its name, in the reader’s order', () => {
    const t = translator('zh-CN');
    const catalog = (loadMessages('zh-CN') as unknown as { audit: { actions: Record<string, unknown> } }).audit.actions;
    const options = auditActionOptions(catalog, REGISTERS.map((r) => r.name), t, 'zh-CN');
    expect(options.find((o) => o.value === 'auth.sign-in')?.label).toBe('登录');
    expect(options.find((o) => o.value === 'register.litigation.create')?.label).toBe('新增行政应诉记录');
    expect(options.filter((o) => o.label === o.value)).toEqual([]);
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });
});

/** The app's source files (lib, app), tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/**
 * Every object type an audit record can carry: the types written literally (audit calls, scope
 * refusals), each register's records, and what a refused call names (lib/auth/action.ts targetOf):
 * the action's own kind, or the kind of the first `…Id` field of a form.
 */
function recordedObjectTypes(): { written: Set<string>; refused: Set<string> } {
  const written = new Set<string>(REGISTERS.map((r) => `register.${r.name}`));
  const refused = new Set<string>();
  for (const file of [...sources('lib'), ...sources('app')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/objectType: '([^']+)'/g)) written.add(m[1]!);
    for (const m of text.matchAll(/new ScopeError\('([^']+)'/g)) written.add(m[1]!);
    for (const m of text.matchAll(/\b([a-z][A-Za-z]*)Id: (?:id\(|optionalId\(|z\.)/g)) refused.add(m[1]!);
  }
  for (const name of actionNames) refused.add(name.split('.')[0]!);
  return { written, refused };
}

describe('audit objects', () => {
  it('every object type the app records has a name in Chinese and in English, and the filter offers each one written', () => {
    const { written, refused } = recordedObjectTypes();
    expect(written.size).toBeGreaterThan(20);
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      expect([...written, ...refused].filter((type) => auditObjectLabel(type, t) === null), locale).toEqual([]);
      const offered = new Set(auditObjectOptions(REGISTERS.map((r) => r.name), t, locale).map((o) => o.value));
      expect([...written].filter((type) => !offered.has(type)), locale).toEqual([]);
    }
  });

  it('fails on a type without a name, and names register records from the register', () => {
    expect(auditObjectLabel('no_such_object', translator('zh-CN'))).toBeNull();
    expect(auditObjectLabel('report', translator('zh-CN'))).toBe('进展报告');
    expect(auditObjectLabel('register.litigation', translator('zh-CN'))).toBe('行政应诉记录');
    expect(auditObjectLabel('register.documents', translator('en'))).toBe('Normative documents record');
  });

  it('offers the filter every object type by its name, in the reader’s order', () => {
    const t = translator('zh-CN');
    const options = auditObjectOptions(REGISTERS.map((r) => r.name), t, 'zh-CN');
    expect(options.length).toBe(AUDIT_OBJECT_TYPES.length + REGISTERS.length);
    expect(options.filter((o) => o.label === o.value)).toEqual([]);
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });
});
