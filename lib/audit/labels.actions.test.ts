import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import { REGISTERS } from '@/lib/registers';
import { auditActionLabel, auditActionOptions, type Translate } from './labels';

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

beforeAll(async () => {
  for (const load of Object.values(modules))
    for (const value of Object.values(await load())) {
      const name = (value as { actionName?: unknown }).actionName;
      if (typeof value === 'function' && typeof name === 'string') names.add(name);
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
