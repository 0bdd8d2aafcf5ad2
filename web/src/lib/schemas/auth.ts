import { z } from 'zod';

const emailSchema = z
  .string({ error: 'email is required' })
  .trim()
  .toLowerCase()
  .max(254, 'email must be at most 254 characters')
  .pipe(z.email({ error: 'email must be a valid email address' }));

export const signupSchema = z
  .object({
    email: emailSchema,
    password: z
      .string({ error: 'password is required' })
      .min(8, 'password must be at least 8 characters')
      .max(200, 'password must be at most 200 characters'),
    displayName: z.string().trim().max(100, 'displayName must be at most 100 characters').optional(),
  })
  .meta({ id: 'SignupRequest' });

export const loginSchema = z
  .object({
    email: emailSchema,
    password: z.string({ error: 'password is required' }).min(1, 'password is required').max(200, 'password must be at most 200 characters'),
  })
  .meta({ id: 'LoginRequest' });

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
  })
  .meta({ id: 'User' });

export const userResponseSchema = z.object({ user: userSchema }).meta({ id: 'UserResponse' });

export type SignupInput = z.infer<typeof signupSchema>;
export type LoginInput = z.infer<typeof loginSchema>;
export type User = z.infer<typeof userSchema>;
