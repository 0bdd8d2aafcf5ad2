import { z } from 'zod';
import { analyticsSchema } from '@/lib/schemas/analytics';
import type { Operation } from './operation';

export const analyticsOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/analytics',
    summary: 'Spend per day, by provider and model, success rate, p50/p95 latency and failures by reason (UTC days)',
    tag: 'analytics',
    auth: true,
    query: z.object({
      from: z.string().optional().meta({ description: 'YYYY-MM-DD, default 29 days before to' }),
      to: z.string().optional().meta({ description: 'YYYY-MM-DD, default today' }),
      projectId: z.uuid().optional(),
    }),
    success: { status: 200, description: 'The figures', schema: analyticsSchema },
    errors: [400, 401, 404],
  },
];
