import { z } from 'zod';
import { PLAN_STATUSES } from '@/db/schema/enums';
import { MAX_TEXT, id, intIn, optionalDay, optionalText, requiredText } from '@/lib/validation/fields';

export const measureCode = () =>
  z
    .string()
    .trim()
    .min(1, 'v.required')
    .max(16)
    .regex(/^\d{1,2}(\.\d{1,3}){0,3}$/, 'v.measureCode');

const year = () => intIn(2000, 2100);

const planFields = {
  title: requiredText(200),
  titleEn: optionalText(300),
  startYear: year(),
  endYear: year(),
  issuedBy: optionalText(200),
};
const endAfterStart = (v: { startYear: number; endYear: number }) => v.endYear >= v.startYear;
const endAfterStartIssue = { path: ['endYear'], message: 'v.endBeforeStart' };

export const createPlanSchema = z
  .object({ ...planFields, copyFromPlanId: z.preprocess((v) => (v === '' ? undefined : v), id().optional()) })
  .refine(endAfterStart, endAfterStartIssue);
export const updatePlanSchema = z
  .object({ ...planFields, id: id(), status: z.enum(PLAN_STATUSES) })
  .refine(endAfterStart, endAfterStartIssue);
export const planIdSchema = z.object({ id: id() });

const taskFields = {
  no: intIn(1, 99),
  title: requiredText(200),
  titleEn: optionalText(300),
  description: optionalText(MAX_TEXT),
};
export const createTaskSchema = z.object({ ...taskFields, planId: id() });
export const updateTaskSchema = z.object({ ...taskFields, id: id() });

const measureFields = {
  taskId: id(),
  code: measureCode(),
  title: requiredText(300),
  description: optionalText(MAX_TEXT),
  timeframe: optionalText(100),
  dueDate: optionalDay(),
};
export const createMeasureSchema = z.object(measureFields);
export const updateMeasureSchema = z.object({ ...measureFields, id: id(), version: intIn(1, 1_000_000) });
export const archiveMeasureSchema = z.object({ id: id(), reason: requiredText(500) });
export const moveSchema = z.object({ id: id(), direction: z.enum(['up', 'down']) });
