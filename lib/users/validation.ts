import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { id, requiredText } from '@/lib/validation/fields';

export const usernameSchema = z
  .string()
  .trim()
  .min(1, 'v.required')
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'v.username');

/** The initial password is typed for a business account; an administrator's is generated (lib/users/proposals.ts). */
export const createUserSchema = z
  .object({
    username: usernameSchema,
    displayName: requiredText(64),
    unitId: id(),
    role: z.enum(ROLES),
    password: z.string().max(128).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role !== 'admin' && v.role !== 'auditor' && !v.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'v.required' });
  });

export const updateUserSchema = z.object({
  id: id(),
  displayName: requiredText(64),
  unitId: id(),
  role: z.enum(ROLES),
});

export const userIdSchema = z.object({ id: id() });
export const setActiveSchema = z.object({ id: id(), active: z.enum(['true', 'false']).transform((v) => v === 'true') });
