import { describe, expect, it } from 'vitest';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
}

describe('message catalogs', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('has no empty message, and the same placeholders in both languages', () => {
    const get = (o: object, k: string) => k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o) as string;
    for (const k of keys(zh)) {
      expect(get(zh, k).trim(), k).not.toBe('');
      expect(get(en, k).trim(), k).not.toBe('');
      expect(placeholders(get(en, k)).filter((p) => p !== 'count'), k).toEqual([...new Set(placeholders(get(zh, k)))].filter((p) => p !== 'count'));
    }
  });
});
