import { idParamsSchema } from '@/lib/schemas/common';
import { apiKeyListSchema, apiKeyResponseSchema, apiKeyTestResultSchema, createApiKeySchema, updateApiKeySchema } from '@/lib/schemas/api-key';
import type { Operation } from './operation';

export const keysOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/keys',
    summary: "The user's provider API keys (provider, label, last four characters; never the key)",
    tag: 'keys',
    auth: true,
    success: { status: 200, description: 'The keys, newest first', schema: apiKeyListSchema },
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/keys',
    summary: "Add a provider API key, stored encrypted (the provider's first key becomes its default)",
    tag: 'keys',
    auth: true,
    body: createApiKeySchema,
    success: { status: 201, description: 'The stored key, without the secret', schema: apiKeyResponseSchema },
    errors: [400, 401, 403, 413, 422],
  },
  {
    method: 'patch',
    path: '/api/keys/{id}',
    summary: "Rename a key, or make it its provider's default",
    tag: 'keys',
    auth: true,
    params: idParamsSchema,
    body: updateApiKeySchema,
    success: { status: 200, description: 'The key', schema: apiKeyResponseSchema },
    errors: [400, 401, 403, 404, 413, 422],
  },
  {
    method: 'delete',
    path: '/api/keys/{id}',
    summary: 'Delete a key (if it was the default, the newest other key of the provider takes over)',
    tag: 'keys',
    auth: true,
    params: idParamsSchema,
    success: { status: 204, description: 'Deleted' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/keys/{id}/test',
    summary: 'Check the key with the provider (its cheapest authenticated call)',
    tag: 'keys',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'Whether the provider accepted the key, and what it said', schema: apiKeyTestResultSchema },
    errors: [401, 403, 404],
  },
];
