import { z } from 'zod';
import { GENERATION_TYPES } from '@/lib/providers/provider';

export const providerModelSchema = z.object({
  id: z.string(),
  type: z.enum(GENERATION_TYPES),
  name: z.string(),
  description: z.string().optional(),
  freeModelName: z.boolean(),
  execution: z.enum(['sync', 'stream', 'queued']),
  parameters: z.record(z.string(), z.unknown()).meta({ description: 'JSON Schema of the parameters' }),
  pricing: z.record(z.string(), z.unknown()).meta({ description: 'unit, prices in USD, source { url, checkedOn }' }),
});

export const providerListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        configured: z.boolean(),
        available: z.boolean().meta({ description: 'This server can run the provider' }),
        keyless: z.boolean(),
        acceptsBaseUrl: z.boolean(),
        note: z.string().optional(),
        health: z.object({ status: z.enum(['healthy', 'degraded', 'unhealthy']), lastError: z.string().nullable() }),
        models: z.array(providerModelSchema),
      }),
    ),
  })
  .meta({ id: 'ProviderList' });

export const budgetSettingsSchema = z
  .object({
    monthlyBudgetUsd: z.number().min(0, 'monthlyBudgetUsd must not be negative').max(1_000_000).nullable(),
  })
  .strict()
  .meta({ id: 'BudgetSettings' });
