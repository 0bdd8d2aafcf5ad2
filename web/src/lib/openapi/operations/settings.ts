import { budgetSettingsSchema } from '@/lib/schemas/provider';
import { z } from 'zod';
import type { Operation } from './operation';

const budgetResponseSchema = z
  .object({ monthlyBudgetUsd: z.number().nullable(), spentThisMonthUsd: z.number() })
  .meta({ id: 'Budget' });

export const settingsOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/settings/budget',
    summary: "The user's monthly budget and this month's spend",
    tag: 'settings',
    auth: true,
    success: { status: 200, description: 'The budget', schema: budgetResponseSchema },
    errors: [401],
  },
  {
    method: 'put',
    path: '/api/settings/budget',
    summary: 'Set or clear (null) the monthly budget',
    tag: 'settings',
    auth: true,
    body: budgetSettingsSchema,
    success: { status: 200, description: 'The budget', schema: budgetResponseSchema },
    errors: [400, 401, 403],
  },
];
