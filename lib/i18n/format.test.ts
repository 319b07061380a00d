import { describe, expect, it } from 'vitest';
import { dayInShanghai, endOfDayShanghai, formatDateTime, formatDay } from './format';

describe('dates in Asia/Shanghai', () => {
  it('writes a day as 2018年6月30日 in Chinese and June 30, 2018 in English', () => {
    expect(formatDay('2018-06-30', 'zh-CN')).toBe('2018年6月30日');
    expect(formatDay('2018-06-30', 'en')).toBe('June 30, 2018');
    expect(formatDay(null, 'en')).toBe('');
  });

  it('shows a moment in Shanghai time whatever the server zone', () => {
    const utcEvening = new Date('2018-06-30T16:30:00Z'); // 00:30 on 1 July in Shanghai
    expect(formatDateTime(utcEvening, 'zh-CN')).toContain('2018年7月1日');
    expect(formatDateTime(utcEvening, 'zh-CN')).toContain('00:30');
    expect(dayInShanghai(utcEvening)).toBe('2018-07-01');
  });

  it('ends a day at 23:59:59.999 Shanghai time', () => {
    expect(endOfDayShanghai('2018-06-30').toISOString()).toBe('2018-06-30T15:59:59.999Z');
  });
});
