import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '@/lib/testing/temp-db';
import { unitsMatching } from './helpers';
import { units } from './schema';

const t = tempDatabase();
afterAll(() => t.cleanup());

describe('unitsMatching (the unit search boxes of the review queue, the audit log and the measure page)', () => {
  const base = { kind: 'government', group: 'city' } as const;
  t.db
    .insert(units)
    .values([
      { ...base, code: 'fgw', name: '市发改委', fullName: '天门市发展和改革委员会' },
      { ...base, code: 'fgwx', name: '市发改委信息中心', fullName: '天门市发改委信息中心' },
      { ...base, code: 'jyj', name: '市教育局', fullName: '天门市教育局' },
      { ...base, code: 'pct', name: '100%_单位', fullName: '测试单位' },
    ])
    .run();
  const find = (text: string) =>
    t.db
      .select({ code: units.code })
      .from(units)
      .where(unitsMatching(units.id, text))
      .orderBy(units.code)
      .all()
      .map((u) => u.code);

  it('matches the exact code (any case) or part of the name', () => {
    expect(find('FGW')).toEqual(['fgw']);
    expect(find('发改')).toEqual(['fgw', 'fgwx']);
    expect(find('教育')).toEqual(['jyj']);
    expect(find('fg')).toEqual([]); // codes match whole, not in part
  });

  it('takes % and _ literally', () => {
    expect(find('%')).toEqual(['pct']);
    expect(find('_')).toEqual(['pct']);
  });
});
