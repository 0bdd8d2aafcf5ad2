import { budgetSettingsSchema } from '@/lib/schemas/provider';
import { defaultModelsResponseSchema, updateDefaultModelsSchema } from '@/lib/schemas/settings';
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
  {
    method: 'get',
    path: '/api/settings/defaults',
    summary: "The user's default provider and model per generation type (types without one are left out)",
    tag: 'settings',
    auth: true,
    success: { status: 200, description: 'The defaults', schema: defaultModelsResponseSchema },
    errors: [401],
  },
  {
    method: 'put',
    path: '/api/settings/defaults',
    summary:
      'Set (an entry) or clear (null) the default of the named types; types left out keep theirs. ' +
      '422 unknown_model for an unknown provider or model, or a model of another type',
    tag: 'settings',
    auth: true,
    body: updateDefaultModelsSchema,
    success: { status: 200, description: 'The defaults after the change', schema: defaultModelsResponseSchema },
    errors: [400, 401, 403, 413, 422],
  },
];
