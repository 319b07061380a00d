import { z } from 'zod';
import { UNIT_GROUPS, UNIT_KINDS } from '@/db/schema';
import { checkbox, id, intIn, optionalPhone, optionalText, requiredText } from '@/lib/validation/fields';

const unitFields = {
  code: z
    .string()
    .trim()
    .min(1, 'v.required')
    .max(32)
    .regex(/^[a-z][a-z0-9-]*$/, 'v.code'),
  name: requiredText(32),
  fullName: requiredText(100),
  kind: z.enum(UNIT_KINDS),
  group: z.enum(UNIT_GROUPS),
  enforcement: checkbox(),
  /** Who the office calls when chasing (联系人), and their phone. */
  contactName: optionalText(32),
  contactPhone: optionalPhone(),
};

export const createUnitSchema = z.object(unitFields);
/** `version` is the unit's `updatedAt` in milliseconds as the form was loaded (units have no version column). */
export const updateUnitSchema = z.object({ ...unitFields, id: id(), version: intIn(0, Number.MAX_SAFE_INTEGER), active: checkbox() });
