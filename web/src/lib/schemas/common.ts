import { z } from 'zod';

export const uuidSchema = z.uuid({ error: 'expected a UUID' });

export const idParamsSchema = z.object({ id: uuidSchema });

/** `?limit=&cursor=` of every list endpoint. */
export const listQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be between 1 and 100')
    .max(100, 'limit must be between 1 and 100')
    .default(50),
  cursor: z
    .string()
    .max(200, 'cursor is not one this API returned')
    .regex(/^[A-Za-z0-9_-]+$/, 'cursor is not one this API returned')
    .optional(),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'snake_case machine-readable code' }),
      message: z.string().meta({ description: 'A sentence for people' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
