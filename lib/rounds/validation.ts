import { z } from 'zod';
import { id, intIn, list, optionalInt, requiredDay, requiredText } from '@/lib/validation/fields';

const time = () =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.time')
      .optional(),
  );

export const createRoundSchema = z
  .object({
    planId: id(),
    name: requiredText(100),
    /** The plan year the round counts toward; by default the year its period starts in. */
    year: optionalInt(2000, 2100),
    periodStart: requiredDay(),
    periodEnd: requiredDay(),
    deadlineDay: requiredDay(),
    deadlineTime: time(),
    measureIds: list(id()).pipe(z.array(z.number()).max(10_000)),
  })
  .refine((v) => v.periodEnd >= v.periodStart, { path: ['periodEnd'], message: 'v.periodOrder' })
  .refine((v) => v.deadlineDay >= v.periodStart, { path: ['deadlineDay'], message: 'v.deadlineBeforePeriod' });

export const extendRoundSchema = z.object({
  id: id(),
  version: intIn(1, 1_000_000),
  deadlineDay: requiredDay(),
  deadlineTime: time(),
});

export const roundIdSchema = z.object({ id: id() });
