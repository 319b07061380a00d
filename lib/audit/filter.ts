import { z } from 'zod';
import { AUDIT_RESULTS } from '@/db/schema/enums';
import type { AuditFilter } from './queries';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = () =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim().slice(0, 64) || undefined);

const schema = z.object({
  user: text(),
  unit: text(),
  object: text(),
  action: text(),
  result: z.enum(AUDIT_RESULTS).optional().catch(undefined),
  from: z.string().regex(DAY).optional().catch(undefined),
  to: z.string().regex(DAY).optional().catch(undefined),
});

/** The audit log's filters from a query string; anything malformed is dropped, never an error. */
export function parseAuditFilter(params: Record<string, string | undefined>): AuditFilter {
  const parsed = schema.safeParse(params);
  return parsed.success ? parsed.data : {};
}
