import { z } from 'zod';

/** What Next.js hands a page as `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Query-string field types for list filters. A filter is the user's own URL: a malformed value is
 * dropped (the list shows unfiltered), never an error page.
 */
export const qs = {
  /** Free text for a search box, trimmed and capped; empty means no filter. */
  text: (max = 64) => z.string().transform((v) => v.trim().slice(0, max) || undefined),
  /** A record id. */
  id: () => z.coerce.number().int().positive().max(2 ** 31),
  /** A year between 2000 and 2100. */
  year: () => z.coerce.number().int().min(2000).max(2100),
  /** One of a fixed list of values. */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values),
  /** A day, YYYY-MM-DD (Asia/Shanghai when compared). */
  day: () => z.string().regex(DAY),
  /** A checkbox or link flag: present as `1`. */
  flag: () => z.literal('1').transform(() => true as const),
};

type Shape = Record<string, z.ZodType>;
export type Filter<S extends Shape> = { [K in keyof S]?: Exclude<z.output<S[K]>, undefined> } & { page: number };

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The page number from a query string: a positive integer, else 1. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(first(value));
  return Number.isInteger(n) && n > 0 && n < 1_000_000 ? n : 1;
}

/**
 * A list page's filters from its query string: each field parsed on its own (a bad one is dropped,
 * the others kept), plus the page number.
 */
export function parseFilter<S extends Shape>(shape: S, searchParams: SearchParams, pageKey = 'page'): Filter<S> {
  const out: Record<string, unknown> = { page: pageParam(searchParams[pageKey]) };
  for (const [key, schema] of Object.entries(shape)) {
    const raw = first(searchParams[key]);
    if (raw === undefined || raw === '') continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as Filter<S>;
}

/** A filter as query-string values (for paging links and exports that keep the filter); the page is left out. */
export function filterParams(filter: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([k, v]) => k !== 'page' && v !== undefined && v !== false)
      .map(([k, v]) => [k, v === true ? '1' : String(v)]),
  );
}

/** `path?query` for a filter (empty values left out). */
export function filterHref(path: string, filter: Record<string, unknown>): string {
  const q = new URLSearchParams(filterParams(filter) as Record<string, string>).toString();
  return q ? `${path}?${q}` : path;
}
