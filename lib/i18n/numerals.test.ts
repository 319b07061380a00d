import { describe, expect, it } from 'vitest';
import { chineseToInt, intToChinese } from './numerals';

describe('Chinese numerals', () => {
  it('writes and reads 1 to 99', () => {
    expect([1, 7, 10, 11, 20, 21, 99].map(intToChinese)).toEqual(['一', '七', '十', '十一', '二十', '二十一', '九十九']);
    for (let n = 1; n < 100; n++) expect(chineseToInt(intToChinese(n))).toBe(n);
  });
  it('leaves what it cannot write in digits, and refuses what it cannot read', () => {
    expect(intToChinese(100)).toBe('100');
    expect(chineseToInt('百')).toBeNull();
    expect(chineseToInt('')).toBeNull();
  });
});
