import { z } from 'zod';
import { checkbox, id, intIn, optionalDay, optionalText, requiredDay, requiredText } from '@/lib/validation/fields';
import type { FieldSpec, Register, RecordValues } from './define';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The zod type of one declared field, as a form or an import row sends it (text). */
export function fieldSchema(f: FieldSpec): z.ZodType {
  switch (f.type) {
    case 'text':
      return f.required ? requiredText(f.max ?? 200) : optionalText(f.max ?? 200);
    case 'textarea':
      return f.required ? requiredText(f.max ?? 2000) : optionalText(f.max ?? 2000);
    case 'day':
      return f.required ? requiredDay() : optionalDay();
    case 'bool':
      return checkbox();
    case 'enum': {
      const values = z.enum(f.options, 'v.invalid');
      if (f.required) return z.preprocess((v) => (blank(v) ? undefined : v), values.optional()).refine((v) => v !== undefined, 'v.required');
      return z.preprocess((v) => (blank(v) ? undefined : v), values.optional()).transform((v) => v ?? null);
    }
    case 'ref':
      return f.required ? id() : z.preprocess((v) => (blank(v) ? undefined : v), id().optional()).transform((v) => v ?? null);
    case 'int':
      return f.required ? intIn(f.min, f.max) : z.preprocess((v) => (blank(v) ? undefined : v), intIn(f.min, f.max).optional()).transform((v) => v ?? null);
  }
}

/** The rules every register keeps (a year to count in) and its own. */
export function checkRules(register: Register, values: RecordValues) {
  const problems = [...(register.rules?.(values) ?? [])];
  if (!problems.some((p) => p.field === register.dateField) && register.yearOf(values) === null) {
    problems.push({ field: register.dateField, message: { key: 'registers.problems.noYear' } });
  }
  return problems;
}
