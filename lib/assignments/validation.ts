import { z } from 'zod';
import { ASSIGNMENT_ROLES, UNIT_GROUPS } from '@/db/schema/enums';
import { id, intIn, list, optionalDay, optionalText, requiredText } from '@/lib/validation/fields';

const role = () => z.enum(ASSIGNMENT_ROLES);

export const assignUnitsSchema = z.object({
  measureId: id(),
  unitIds: list(id()).pipe(z.array(z.number()).min(1, 'v.chooseUnits').max(5000)),
  role: role(),
  target: optionalText(2000),
  dueDate: optionalDay(),
});

export const updateAssignmentSchema = z.object({
  id: id(),
  version: intIn(1, 1_000_000),
  role: role(),
  target: optionalText(2000),
  dueDate: optionalDay(),
});

export const removeAssignmentSchema = z.object({
  id: id(),
  reason: optionalText(500),
});

export const boardFilterSchema = z.object({
  task: id().optional().catch(undefined),
  /** A unit's code or part of its name (a search box: a province has thousands of units). */
  unit: z.string().trim().max(64).optional().catch(undefined).transform((v) => v || undefined),
  group: z.enum(UNIT_GROUPS).optional().catch(undefined),
  role: role().optional().catch(undefined),
  noLead: z.literal('1').optional().catch(undefined),
});
export type BoardFilter = z.infer<typeof boardFilterSchema>;

export const archiveReasonRequired = requiredText(500);
