import { providerListSchema } from '@/lib/schemas/provider';
import type { Operation } from './operation';

export const catalogOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/providers',
    summary: 'Every supported provider with its models, parameter schemas, prices and health',
    tag: 'catalog',
    auth: true,
    success: { status: 200, description: 'The catalog', schema: providerListSchema },
    errors: [401],
  },
];
