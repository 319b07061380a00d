import { describe, expect, it } from 'vitest';
import { deadlineInstant, deadlineParts } from './deadline';

describe('round deadlines in Asia/Shanghai', () => {
  it('ends at the last millisecond of the chosen minute', () => {
    expect(deadlineInstant('2018-07-05').toISOString()).toBe('2018-07-05T15:59:59.999Z');
    expect(deadlineInstant('2018-07-05', '17:30').toISOString()).toBe('2018-07-05T09:30:59.999Z');
    expect(deadlineInstant('2018-01-01', '00:00').toISOString()).toBe('2017-12-31T16:00:59.999Z');
  });
  it('reads back as the same day and time', () => {
    expect(deadlineParts(deadlineInstant('2018-07-05', '17:30'))).toEqual({ day: '2018-07-05', time: '17:30' });
    expect(deadlineParts(deadlineInstant('2018-12-31'))).toEqual({ day: '2018-12-31', time: '23:59' });
  });
});
