import { z } from 'zod';
import { id, list, optionalText } from '@/lib/validation/fields';

export const sendRemindersSchema = z.object({
  roundId: id(),
  unitIds: list(id()).pipe(z.array(z.number()).min(1, 'v.chooseUnits').max(10_000)),
  message: optionalText(1000),
});
