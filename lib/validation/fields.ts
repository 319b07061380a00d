import { z } from 'zod';

/** Longest free text any form accepts (work done, descriptions). */
export const MAX_TEXT = 10_000;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Required single-line or multi-line text, trimmed. */
export const requiredText = (max = 200) => z.string().trim().min(1, 'v.required').max(max);

/** Optional text: blank becomes null. */
export const optionalText = (max = MAX_TEXT) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional()).transform((v) => v ?? null);

/** Form text → number; blank → undefined ("required"); text that is no number stays text ("not a number"). */
const toNumber = (v: unknown) => {
  if (typeof v !== 'string') return v ?? undefined;
  const text = v.trim();
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isNaN(n) ? v : n;
};

/** A record id from a form field or a URL. */
export const id = () => z.preprocess(toNumber, z.number().int('v.invalid').positive('v.invalid'));

/** An integer from a form field, within bounds. */
export const intIn = (min: number, max: number) => z.preprocess(toNumber, z.number().int('v.integer').min(min).max(max));

/** A calendar day YYYY-MM-DD between 2000 and 2100, or blank (null). */
export const optionalDay = () =>
  z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'v.day')
        .refine(isRealDay, 'v.day')
        .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'v.dayRange')
        .optional(),
    )
    .transform((v) => v ?? null);

export const requiredDay = () =>
  z
    .string()
    .trim()
    .min(1, 'v.required')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'v.day')
    .refine(isRealDay, 'v.day')
    .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'v.dayRange');

function isRealDay(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1, day!));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m! - 1 && dt.getUTCDate() === day;
}

/** A checkbox: present means true. */
export const checkbox = () => z.preprocess((v) => v === 'on' || v === 'true' || v === true || v === '1', z.boolean());

/** A form field that may arrive once (string) or many times (array). */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** An optional integer within bounds: blank becomes undefined. */
export const optionalInt = (min: number, max: number) => z.preprocess(toNumber, z.number().int('v.integer').min(min).max(max).optional());

/**
 * A phone number the office can dial, or blank (null): a mainland mobile (13812345678), or a landline
 * with or without its area code (0571-87654321, (0571)87654321, 87654321), optionally with an
 * extension (-801 or 转801). Spaces are dropped before checking, so "138 1234 5678" is accepted.
 */
export const PHONE_PATTERN = /^(?:1[3-9]\d{9}|(?:\(0\d{2,3}\)|0\d{2,3}-?)?[2-9]\d{6,7}(?:(?:-|转)\d{1,6})?)$/;

export const optionalPhone = () =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? v.replace(/[\s\u3000]+/g, '') || undefined : v),
      z.string().max(32, 'v.phone').regex(PHONE_PATTERN, 'v.phone').optional(),
    )
    .transform((v) => v ?? null);
