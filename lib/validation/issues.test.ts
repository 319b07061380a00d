import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PARSE_OPTIONS, fieldIssues } from './issues';
import { intIn, optionalDay, requiredText } from './fields';

function issuesOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, PARSE_OPTIONS);
  if (r.success) throw new Error('expected a failure');
  return fieldIssues(r.error);
}

describe('zod issues → catalog messages', () => {
  const schema = z.object({
    title: requiredText(10),
    percent: intIn(0, 100),
    due: optionalDay(),
    file: z.string().refine(() => false, 'importer.problems.noFile'),
  });

  it('maps each problem to a catalog key, never to zod English', () => {
    const issues = issuesOf(schema, { title: '   ', percent: '101', due: '2018-02-30', file: 'x' });
    expect(issues.title).toEqual({ key: 'required', values: undefined });
    expect(issues.percent).toEqual({ key: 'max', values: { max: 100 } });
    expect(issues.due).toEqual({ key: 'day', values: undefined });
    expect(issues.file).toEqual({ key: 'importer.problems.noFile', values: undefined });
  });

  it('says "too long" with the limit, and "a number" for text in a number field', () => {
    const issues = issuesOf(schema, { title: 'x'.repeat(11), percent: 'abc', file: 'x' });
    expect(issues.title).toEqual({ key: 'tooLong', values: { max: 10 } });
    expect(issues.percent?.key).toBe('number');
  });

  it('calls a missing field required', () => {
    const issues = issuesOf(schema, {});
    expect(issues.title?.key).toBe('required');
    expect(issues.percent?.key).toBe('required');
    expect(issues.file?.key).toBe('required');
  });

  it('accepts a blank optional day as null and refuses years out of range', () => {
    expect(optionalDay().parse('')).toBeNull();
    expect(issuesOf(z.object({ d: optionalDay() }), { d: '1999-12-31' }).d?.key).toBe('dayRange');
  });
});
