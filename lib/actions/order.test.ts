import { describe, expect, it } from 'vitest';
import { reorder } from './order';

describe('reorder', () => {
  const rows = [
    { id: 10, sortOrder: 3 },
    { id: 11, sortOrder: 7 },
    { id: 12, sortOrder: 9 },
  ];
  it('swaps a row with the one above, reusing the existing sort values', () => {
    expect(reorder(rows, 12, 'up')).toEqual([
      { id: 10, sortOrder: 3 },
      { id: 12, sortOrder: 7 },
      { id: 11, sortOrder: 9 },
    ]);
  });
  it('swaps with the one below', () => {
    expect(reorder(rows, 10, 'down')?.map((r) => r.id)).toEqual([11, 10, 12]);
  });
  it('cannot move the first up or the last down, or a row that is not there', () => {
    expect(reorder(rows, 10, 'up')).toBeNull();
    expect(reorder(rows, 12, 'down')).toBeNull();
    expect(reorder(rows, 99, 'up')).toBeNull();
  });
  it('separates equal sort values so the swap is visible', () => {
    const tied = [
      { id: 1, sortOrder: 5 },
      { id: 2, sortOrder: 5 },
      { id: 3, sortOrder: 5 },
    ];
    expect(reorder(tied, 3, 'up')).toEqual([
      { id: 1, sortOrder: 5 },
      { id: 3, sortOrder: 6 },
      { id: 2, sortOrder: 7 },
    ]);
  });
});
