import { z } from 'zod';

const emailSchema = z
  .string({ error: 'email is required' })
  .trim()
  .toLowerCase()
  .max(254, 'email must be at most 254 characters')
  .pipe(z.email({ error: 'email must be a valid email address' }));

/** The longest password accepted anywhere (scrypt hashes any length; this bounds the work per request). */
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_MIN_LENGTH = 8;

export const signupSchema = z
  .object({
    email: emailSchema,
    password: z
      .string({ error: 'password is required' })
      .min(PASSWORD_MIN_LENGTH, `password must be at least ${PASSWORD_MIN_LENGTH} characters`)
      .max(PASSWORD_MAX_LENGTH, `password must be at most ${PASSWORD_MAX_LENGTH} characters`),
    displayName: z.string().trim().max(100, 'displayName must be at most 100 characters').optional(),
  })
  .meta({ id: 'SignupRequest' });

export const loginSchema = z
  .object({
    email: emailSchema,
    password: z
      .string({ error: 'password is required' })
      .min(1, 'password is required')
      .max(PASSWORD_MAX_LENGTH, `password must be at most ${PASSWORD_MAX_LENGTH} characters`),
  })
  .meta({ id: 'LoginRequest' });

export const updateProfileSchema = z
  .object({
    displayName: z
      .string({ error: 'displayName is required' })
      .trim()
      .min(1, 'displayName must not be empty')
      .max(100, 'displayName must be at most 100 characters'),
  })
  .strict()
  .meta({ id: 'UpdateProfileRequest' });

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'currentPassword is required' })
      .min(1, 'currentPassword is required')
      .max(PASSWORD_MAX_LENGTH, `currentPassword must be at most ${PASSWORD_MAX_LENGTH} characters`),
    newPassword: z
      .string({ error: 'newPassword is required' })
      .min(PASSWORD_MIN_LENGTH, `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters`)
      .max(PASSWORD_MAX_LENGTH, `newPassword must be at most ${PASSWORD_MAX_LENGTH} characters`),
  })
  .strict()
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ['newPassword'],
    message: 'newPassword must differ from currentPassword',
  })
  .meta({ id: 'ChangePasswordRequest' });

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
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type User = z.infer<typeof userSchema>;
