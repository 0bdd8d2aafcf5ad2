import { dbHealthSchema, healthSchema } from '@/lib/schemas/health';
import type { Operation } from './operation';

export const healthOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the server answers',
    tag: 'health',
    auth: false,
    success: { status: 200, description: 'The server is up', schema: healthSchema },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/db-health',
    summary: 'Readiness: a round trip to the database',
    tag: 'health',
    auth: false,
    success: { status: 200, description: 'The database answered', schema: dbHealthSchema },
    errors: [503],
  },
];
