import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import zhBase from '@/messages/zh-CN.json';
import enBase from '@/messages/en.json';
import zhAssessment from '@/messages/zh-CN/assessment.json';
import zhRegisters from '@/messages/zh-CN/registers.json';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_NAMESPACES, clientMessages, loadMessages } from './messages';

const zhFeatures = { ...zhAssessment, ...zhRegisters };
const zh = loadMessages('zh-CN');
const en = loadMessages('en');

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const get = (o: object, k: string) => k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o) as string;

/** The argument names a message uses, from its parsed ICU syntax (branches of select/plural included). */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if ('value' in el && typeof el.value === 'string' && el.type !== TYPE.literal) out.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    if (el.type === TYPE.tag) argumentsOf(el.children, out);
  }
  return out;
}

describe('message catalogs', () => {
  it('keeps each feature file to namespaces of its own', () => {
    for (const ns of Object.keys(zhFeatures)) expect(Object.keys(zhBase), ns).not.toContain(ns);
    expect(Object.keys(zh).length).toBe(Object.keys(zhBase).length + Object.keys(zhFeatures).length);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(enBase).sort()).toEqual(Object.keys(zhBase).sort());
  });

  it('has the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('has no empty message; every message is valid ICU and uses the same arguments in both languages', () => {
    for (const k of keys(zh)) {
      expect(get(zh, k).trim(), k).not.toBe('');
      expect(get(en, k).trim(), k).not.toBe('');
      const zhArgs = [...argumentsOf(parse(get(zh, k)))].sort();
      const enArgs = [...argumentsOf(parse(get(en, k)))].sort();
      expect(enArgs, k).toEqual(zhArgs);
    }
  });

  it('sends the browser every namespace its client components translate with, and only those', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
    const used = new Set<string>();
    for (const file of ['app', 'components', 'lib'].flatMap(files)) {
      const text = readFileSync(file, 'utf8');
      if (!/^'use client'/m.test(text)) continue;
      for (const m of text.matchAll(/useTranslations\('([A-Za-z]+)/g)) used.add(m[1]!);
      // A component with the root translator names the namespace in each key.
      if (/useTranslations\(\)/.test(text)) for (const m of text.matchAll(/\bt\(\s*['`]([A-Za-z]+)\./g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const ns of used) expect(CLIENT_NAMESPACES, `client components use "${ns}"`).toContain(ns);
    expect(Object.keys(clientMessages('en')).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(clientMessages('zh-CN')).not.toHaveProperty('dashboard');
  });
});
