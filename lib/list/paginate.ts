/** One page of a list. `total` is known only where counting is cheap; otherwise `hasNext` says whether more follow. */
export interface Page<T> {
  rows: T[];
  page: number;
  pageSize: number;
  hasNext: boolean;
  total?: number;
}

/** A page of a list whose length is counted. */
export type CountedPage<T> = Page<T> & { total: number };

/** A query that can be cut into pages (a drizzle select before `.all()`). */
export interface Pageable<T> {
  limit(n: number): { offset(n: number): { all(): T[] } };
}

/** A hand-written SQL query as a `Pageable`: `run` puts the limit and offset it is given into its own SQL. */
export function sqlPageable<T>(run: (limit: number, offset: number) => T[]): Pageable<T> {
  return { limit: (limit) => ({ offset: (offset) => ({ all: () => run(limit, offset) }) }) };
}

/**
 * Runs one page of a query. Without a count it fetches one row more than the page to learn whether
 * another page follows (counting a large table on every view is the slow part); with `count` it
 * runs that too and reports the total.
 */
export function paginate<T>(query: Pageable<T>, page: number, pageSize: number): Page<T>;
export function paginate<T>(query: Pageable<T>, page: number, pageSize: number, count: () => number): CountedPage<T>;
export function paginate<T>(query: Pageable<T>, page: number, pageSize: number, count?: () => number): Page<T> {
  const p = Math.max(1, Math.floor(page));
  if (count) {
    const rows = query.limit(pageSize).offset((p - 1) * pageSize).all();
    // A first page that is not full is the whole list: no need to count.
    const total = p === 1 && rows.length < pageSize ? rows.length : count();
    return { rows, page: p, pageSize, total, hasNext: p * pageSize < total };
  }
  const rows = query.limit(pageSize + 1).offset((p - 1) * pageSize).all();
  return { rows: rows.slice(0, pageSize), page: p, pageSize, hasNext: rows.length > pageSize };
}
