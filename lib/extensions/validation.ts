import { z } from 'zod';
import { id, optionalText, requiredDay, requiredText } from '@/lib/validation/fields';

export const requestExtensionSchema = z.object({
  assignmentId: id(),
  requestedDueDate: requiredDay(),
  reason: requiredText(2000),
});

export const decideExtensionSchema = z
  .object({
    id: id(),
    decision: z.enum(['approved', 'refused']),
    comment: optionalText(2000),
  })
  .refine((v) => v.decision === 'approved' || !!v.comment, { path: ['comment'], message: 'v.refuseNeedsComment' });
