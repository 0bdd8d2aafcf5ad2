import { idParamsSchema } from '@/lib/schemas/common';
import { assetPageSchema, assetResponseSchema, listAssetsQuerySchema, updateAssetSchema } from '@/lib/schemas/asset';
import { z } from 'zod';
import type { Operation } from './operation';

export const assetsOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/assets',
    summary: 'The asset library, newest first, with filters',
    tag: 'assets',
    auth: true,
    query: listAssetsQuerySchema,
    success: { status: 200, description: 'A page of assets', schema: assetPageSchema },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/assets/{id}',
    summary: 'An asset',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The asset', schema: assetResponseSchema },
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/assets/{id}',
    summary: 'Favourite or rename an asset',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    body: updateAssetSchema,
    success: { status: 200, description: 'The asset', schema: assetResponseSchema },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/assets/{id}',
    summary: 'Delete an asset and its files',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    success: { status: 204, description: 'Deleted' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/assets/{id}/content',
    summary: 'The bytes (Range supported; ?download=1 to save)',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    query: z.object({ download: z.enum(['1']).optional() }),
    success: { status: 200, description: 'The file (206 for a range)' },
    errors: [401, 404, 416],
  },
  {
    method: 'get',
    path: '/api/assets/{id}/preview',
    summary: 'The thumbnail or poster frame',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The preview image' },
    errors: [401, 404],
  },
];
