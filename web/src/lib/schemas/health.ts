import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const dbHealthSchema = z
  .object({ status: z.literal('ok'), latencyMs: z.number().meta({ description: 'Round trip of select 1' }) })
  .meta({ id: 'DbHealth' });
