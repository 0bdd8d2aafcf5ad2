import { z } from 'zod';
import { GENERATION_TYPES } from '@/lib/providers/provider';
import { listQuerySchema, uuidSchema } from './common';

export const generationTypeSchema = z.enum(GENERATION_TYPES, { error: `generationType must be one of ${GENERATION_TYPES.join(', ')}` });

export const createGenerationSchema = z
  .object({
    projectId: uuidSchema,
    generationType: generationTypeSchema,
    provider: z.string({ error: 'provider is required' }).min(1).max(50),
    model: z.string({ error: 'model is required' }).min(1).max(200),
    prompt: z
      .string({ error: 'prompt is required' })
      .trim()
      .min(1, 'prompt must not be empty')
      .max(10_000, 'prompt must be at most 10000 characters'),
    parameters: z.record(z.string(), z.unknown()).default({}),
  })
  .strict()
  .meta({ id: 'CreateGenerationRequest' });

export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(255, 'Idempotency-Key must be at most 255 characters')
  .regex(/^[\x21-\x7e]+$/, 'Idempotency-Key must be printable ASCII without spaces');

export const generationStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed', 'canceled']);

export const generationSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    generationType: generationTypeSchema,
    provider: z.string(),
    model: z.string(),
    prompt: z.string(),
    parameters: z.record(z.string(), z.unknown()),
    status: generationStatusSchema,
    progress: z.number().min(0).max(1).nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    estimatedCostUsd: z.number().nullable().meta({ description: 'null when the price is unknown' }),
    actualCostUsd: z.number().nullable(),
    outputText: z.string().nullable(),
    assetIds: z.array(z.uuid()),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Generation' });

export const generationResponseSchema = z.object({ generation: generationSchema }).meta({ id: 'GenerationResponse' });

export const generationPageSchema = z
  .object({ items: z.array(generationSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'GenerationPage' });

const GENERATION_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const;

export const listGenerationsQuerySchema = listQuerySchema.extend({
  projectId: uuidSchema.optional(),
  type: z.enum(GENERATION_TYPES, { error: `type must be one of ${GENERATION_TYPES.join(', ')}` }).optional(),
  /** One status or several, comma-separated: `?status=queued,running` for what is in flight. */
  status: z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()))
    .pipe(z.array(z.enum(GENERATION_STATUSES, { error: `status must be among ${GENERATION_STATUSES.join(', ')}` })).min(1).max(5))
    .optional(),
});

export const costEstimateSchema = z
  .object({
    estimatedCostUsd: z.number().nullable().meta({ description: 'null when the price is unknown' }),
    breakdown: z.array(
      z.object({ item: z.string(), quantity: z.number(), unit: z.string(), unitUsd: z.number(), usd: z.number() }),
    ),
    note: z.string().optional(),
  })
  .meta({ id: 'CostEstimate' });

export type CreateGenerationInput = z.infer<typeof createGenerationSchema>;
export type Generation = z.infer<typeof generationSchema>;
