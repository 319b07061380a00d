import type { z } from 'zod';

/** A message from the catalogs: its key under `v.` and the values it interpolates. */
export interface MessageRef {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * Maps a zod issue to a catalog message. Schemas name their own message with a key (`'v.required'`);
 * issues without one are mapped by their code, so the user never sees zod's English default.
 */
export function issueMessage(issue: z.core.$ZodIssue): MessageRef {
  const params = (issue as { params?: Record<string, string | number> }).params;
  if (issue.message?.startsWith('v.')) return { key: issue.message.slice(2), values: params };
  // Another namespace's key (`importer.problems.noFile`): kept whole; zod's own messages have spaces.
  if (issue.message && /^[a-z]\w*(\.\w+)+$/.test(issue.message)) return { key: issue.message, values: params };
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'required' } : { key: 'tooShort', values: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? { key: 'chooseOne' } : { key: 'minItems', values: { min } };
      return { key: 'min', values: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'tooLong', values: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'maxItems', values: { max } };
      return { key: 'max', values: { max } };
    }
    case 'invalid_type': {
      // Parse with { reportInput: true } so the issue carries the input: a missing or blank value is
      // "required"; anything else in a number field is "not a number" (a coerced 'abc' is NaN).
      const received = (issue as { received?: string }).received;
      const input = 'input' in issue ? issue.input : undefined;
      if (input === undefined || input === null || input === '') return { key: 'required' };
      if (received === 'NaN') return { key: 'number' };
      if (issue.expected === 'number' || issue.expected === 'int') return { key: 'number' };
      return { key: 'invalid' };
    }
    case 'invalid_value':
      return { key: 'choose' };
    case 'invalid_format':
      return { key: 'format' };
    case 'not_multiple_of':
      return { key: 'integer' };
    default:
      return { key: 'invalid' };
  }
}

/** Parse options every caller uses, so issues carry their input (see issueMessage). */
export const PARSE_OPTIONS = { reportInput: true } as const;

/** Field name → first message for each field; form-level issues under `_form`. */
export function fieldIssues(error: z.ZodError): Record<string, MessageRef> {
  const out: Record<string, MessageRef> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : '_form';
    out[field] ??= issueMessage(issue);
  }
  return out;
}
