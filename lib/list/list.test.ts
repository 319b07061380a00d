import { describe, expect, it } from 'vitest';
import { filterHref, filterParams, pageParam, parseFilter, qs } from './filter';
import { paginate, sqlPageable } from './paginate';

const shape = { unit: qs.text(), round: qs.id(), status: qs.oneOf(['submitted', 'approved']), from: qs.day(), all: qs.flag(), year: qs.year() };

describe('parseFilter', () => {
  it('keeps the good fields and drops each bad one on its own', () => {
    expect(parseFilter(shape, { unit: '  发改 ', round: '12', status: 'approved', from: '2018-06-30', all: '1', year: '2018', page: '3' })).toEqual({
      unit: '发改',
      round: 12,
      status: 'approved',
      from: '2018-06-30',
      all: true,
      year: 2018,
      page: 3,
    });
    expect(parseFilter(shape, { unit: '   ', round: '-1', status: 'draft', from: '30/6/2018', all: 'yes', year: '1900', page: 'x' })).toEqual({ page: 1 });
    expect(parseFilter(shape, { round: ['5', '6'] })).toEqual({ round: 5, page: 1 });
  });

  it('caps search text', () => {
    expect(parseFilter(shape, { unit: 'x'.repeat(500) }).unit).toHaveLength(64);
  });

  it('reads the page from its own key and refuses nonsense pages', () => {
    expect(parseFilter({}, { coop: '4' }, 'coop').page).toBe(4);
    expect(pageParam('0')).toBe(1);
    expect(pageParam('1.5')).toBe(1);
    expect(pageParam('99999999')).toBe(1);
  });

  it('writes a filter back as a query string without the page or empty values', () => {
    const f = parseFilter(shape, { unit: 'fgw', all: '1', page: '2' });
    expect(filterParams(f)).toEqual({ unit: 'fgw', all: '1' });
    expect(filterHref('/review', f)).toBe('/review?unit=fgw&all=1');
    expect(filterHref('/review', { page: 1 })).toBe('/review');
  });
});

describe('paginate', () => {
  const table = Array.from({ length: 23 }, (_, i) => i + 1);
  const query = () => ({ limit: (n: number) => ({ offset: (o: number) => ({ all: () => table.slice(o, o + n) }) }) });

  it('fetches one row more to know whether a next page exists', () => {
    expect(paginate(query(), 1, 10)).toEqual({ rows: table.slice(0, 10), page: 1, pageSize: 10, hasNext: true });
    expect(paginate(query(), 3, 10)).toEqual({ rows: [21, 22, 23], page: 3, pageSize: 10, hasNext: false });
    expect(paginate(query(), 3, 10).rows).toHaveLength(3);
  });

  it('reports the total when asked to count', () => {
    expect(paginate(query(), 2, 10, () => 23)).toMatchObject({ total: 23, hasNext: true, rows: table.slice(10, 20) });
    expect(paginate(query(), 3, 10, () => 23)).toMatchObject({ total: 23, hasNext: false });
    expect(paginate(query(), 2, 10, () => 20)).toMatchObject({ total: 20, hasNext: false });
  });

  it('pages a hand-written SQL query through the limit and offset it is given', () => {
    const calls: [number, number][] = [];
    const raw = sqlPageable((limit, offset) => (calls.push([limit, offset]), table.slice(offset, offset + limit)));
    expect(paginate(raw, 2, 10)).toEqual({ rows: table.slice(10, 20), page: 2, pageSize: 10, hasNext: true });
    expect(calls).toEqual([[11, 10]]);
  });

  it('does not count when the first page is not full', () => {
    let counted = 0;
    expect(paginate(query(), 1, 50, () => ++counted)).toMatchObject({ total: 23, hasNext: false });
    expect(counted).toBe(0);
  });
});
