import { describe, expect, it } from 'vitest';
import { createUnitMatcher, type UnitMatch, type UnitRef } from './unit-matcher';

const units: UnitRef[] = [
  { id: 1, code: 'FGW', name: '市发改委', fullName: '天门市发展和改革委员会', active: true },
  { id: 2, code: 'BB', name: '市编办', fullName: '中共天门市委机构编制委员会办公室', active: true },
  { id: 3, code: 'YK', name: '岳口镇', fullName: '天门市岳口镇人民政府', active: true },
  { id: 4, code: 'JL', name: '竟陵街道', fullName: '天门市竟陵街道办事处', active: true },
  { id: 5, code: 'QX', name: '侨乡街道开发区', fullName: '天门市侨乡街道办事处（开发区）', active: true },
  { id: 6, code: 'TSW', name: '团市委', fullName: '共青团天门市委员会', active: true },
  { id: 7, code: 'FZB', name: '市政府法制办', fullName: '天门市人民政府法制办公室', active: true },
  { id: 8, code: 'CZJ', name: '市财政局', fullName: '天门市财政局', active: true },
  { id: 9, code: 'GAJ', name: '市公安局', fullName: '天门市公安局', active: true },
  { id: 10, code: 'SFJ', name: '市司法局', fullName: '天门市司法局', active: true },
];

const unitId = (m: UnitMatch) => (m.ok ? m.unit.id : null);

describe('createUnitMatcher', () => {
  const match = createUnitMatcher(units);

  it('matches the full name, the short name and the short name without 市', () => {
    expect(unitId(match('天门市发展和改革委员会'))).toBe(1);
    expect(unitId(match('市发改委'))).toBe(1);
    expect(unitId(match('发改委'))).toBe(1);
    expect(unitId(match('发展和改革委员会'))).toBe(1);
  });

  it('strips the city prefix and a trailing 人民政府 from full names', () => {
    expect(unitId(match('天门市岳口镇人民政府'))).toBe(3);
    expect(unitId(match('岳口镇'))).toBe(3);
    expect(unitId(match('岳口镇人民政府'))).toBe(3);
    expect(unitId(match('竟陵街道办事处'))).toBe(4);
    expect(unitId(match('人民政府法制办公室'))).toBe(7);
  });

  it('strips a leading 中共 + city', () => {
    expect(unitId(match('中共天门市委机构编制委员会办公室'))).toBe(2);
    expect(unitId(match('委机构编制委员会办公室'))).toBe(2);
    expect(unitId(match('市编办'))).toBe(2);
  });

  it('matches a short name written with the city in front', () => {
    expect(unitId(match('天门市发改委'))).toBe(1);
  });

  it('normalises whitespace, full-width characters and brackets', () => {
    expect(unitId(match('  市 发改委\u3000'))).toBe(1);
    expect(unitId(match('天门市侨乡街道办事处(开发区)'))).toBe(5);
    expect(unitId(match('天门市侨乡街道办事处（开发区）'))).toBe(5);
    expect(unitId(match('ｆｇｗ'))).toBe(1);
  });

  it('matches codes case-insensitively', () => {
    expect(unitId(match('fgw'))).toBe(1);
    expect(unitId(match('TSW'))).toBe(6);
  });

  it('matches names that do not start with the city', () => {
    expect(unitId(match('共青团天门市委员会'))).toBe(6);
    expect(unitId(match('团市委'))).toBe(6);
  });

  it('suggests the closest unit names for an unknown unit', () => {
    expect(match('市发改局')).toEqual({ ok: false, input: '市发改局', suggestions: ['市发改委'] });
    expect(match(' 市公安 ')).toEqual({ ok: false, input: '市公安', suggestions: ['市公安局'] });
  });

  it('offers no suggestions when nothing is similar', () => {
    expect(match('各有关单位')).toEqual({ ok: false, input: '各有关单位', suggestions: [] });
    expect(match('')).toEqual({ ok: false, input: '', suggestions: [] });
  });

  it('returns at most three suggestions, best first, without duplicates', () => {
    const many = createUnitMatcher([
      { id: 1, code: 'a', name: '市财政局', fullName: '天门市财政局', active: true },
      { id: 2, code: 'b', name: '市财政所', fullName: '天门市财政所', active: true },
      { id: 3, code: 'c', name: '市财政办', fullName: '天门市财政办', active: true },
      { id: 4, code: 'd', name: '市财政处', fullName: '天门市财政处', active: true },
      { id: 5, code: 'e', name: '市财政局分局', fullName: '天门市财政局分局', active: true },
    ]);
    const result = many('市财政局局');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.suggestions).toEqual(['市财政局', '市财政局分局', '市财政办']);
  });

  it('drops an alias shared by two active units instead of guessing', () => {
    const ambiguous = createUnitMatcher([
      { id: 1, code: 'a', name: '市教育局', fullName: '天门市教育局', active: true },
      { id: 2, code: 'b', name: '教育局', fullName: '天门市教育局（旧）', active: true },
    ]);
    // "教育局" is unit 2's own name: a registered name beats unit 1's derived short form.
    expect(unitId(ambiguous('教育局'))).toBe(2);
    const shared = createUnitMatcher([
      { id: 1, code: 'a', name: '市人社局', fullName: '天门市人力资源和社会保障局', active: true },
      { id: 2, code: 'b', name: '市人社局(二)', fullName: '天门市人力资源和社会保障局', active: true },
    ]);
    const result = shared('天门市人力资源和社会保障局');
    expect(result.ok).toBe(false);
    expect(unitId(shared('市人社局'))).toBe(1);
  });

  it('prefers the active unit when an alias is shared with an inactive one', () => {
    const renamed = createUnitMatcher([
      { id: 1, code: 'old', name: '市法制办', fullName: '天门市人民政府法制办公室', active: false },
      { id: 2, code: 'new', name: '市司法局', fullName: '天门市人民政府法制办公室', active: true },
    ]);
    expect(unitId(renamed('天门市人民政府法制办公室'))).toBe(2);
    // Its own name still reaches the inactive unit, so the diff can warn about it.
    const old = renamed('市法制办');
    expect(old.ok && old.unit).toEqual({ id: 1, code: 'old', name: '市法制办', fullName: '天门市人民政府法制办公室', active: false });
  });
});
