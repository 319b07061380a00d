import { describe, expect, it } from 'vitest';
import { generateUnits, unitCode } from './names';
import { createRng } from './random';

describe('generateUnits', () => {
  it('makes unique codes and names, a third townships, the office first', () => {
    const units = generateUnits(createRng(1), 2000, 1 / 3);
    expect(units).toHaveLength(2000);
    expect(new Set(units.map((u) => u.code)).size).toBe(2000);
    expect(new Set(units.map((u) => u.name)).size).toBe(2000);
    expect(units[0]).toMatchObject({ code: 'u0001', kind: 'office', group: 'city' });
    const townships = units.filter((u) => u.group === 'township').length;
    expect(townships).toBe(667);
    expect(units.filter((u) => u.group === 'township').every((u) => u.kind === 'township' || u.kind === 'farm_park')).toBe(true);
    expect(units[5]!.name).toMatch(/^.{2}市.+/);
  });
  it('is deterministic', () => {
    expect(generateUnits(createRng(7), 67, 1 / 3)).toEqual(generateUnits(createRng(7), 67, 1 / 3));
  });
  it('pads codes', () => {
    expect(unitCode(0)).toBe('u0001');
    expect(unitCode(1999)).toBe('u2000');
  });
});
