import { z } from 'zod';
import { uuidSchema } from './common';

const day = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

/** `?from=&to=&projectId=`: an inclusive range of UTC days, at most 366 of them; the last 30 days by default. */
export const analyticsQuerySchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    projectId: uuidSchema.optional(),
  })
  .transform((query, context) => {
    const to = query.to ?? new Date().toISOString().slice(0, 10);
    const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days < 1) context.addIssue({ code: 'custom', path: ['from'], message: 'from must not be after to' });
    if (days > 366) context.addIssue({ code: 'custom', path: ['from'], message: 'the range can be at most 366 days' });
    return { from, to, projectId: query.projectId };
  });
export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;

const money = z.number().meta({ description: 'USD' });

export const analyticsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    projectId: z.string().nullable(),
    totals: z.object({
      generations: z.number().int(),
      succeeded: z.number().int(),
      failed: z.number().int(),
      canceled: z.number().int(),
      /** succeeded / (succeeded + failed); null when nothing finished. */
      successRate: z.number().nullable(),
      spentUsd: money,
      /** Generations whose price is unknown: their cost is not in spentUsd. */
      unknownCost: z.number().int(),
      latencyP50Ms: z.number().nullable(),
      latencyP95Ms: z.number().nullable(),
    }),
    spendByDay: z.array(z.object({ day: z.string(), spentUsd: money, generations: z.number().int() })),
    byModel: z.array(
      z.object({
        provider: z.string(),
        model: z.string(),
        generationType: z.string(),
        generations: z.number().int(),
        succeeded: z.number().int(),
        failed: z.number().int(),
        spentUsd: money,
        unknownCost: z.number().int(),
        latencyP50Ms: z.number().nullable(),
        latencyP95Ms: z.number().nullable(),
      }),
    ),
    failuresByReason: z.array(z.object({ code: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'Analytics' });
export type Analytics = z.infer<typeof analyticsSchema>;
