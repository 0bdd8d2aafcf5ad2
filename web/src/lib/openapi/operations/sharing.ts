import { idParamsSchema } from '@/lib/schemas/common';
import { createShareSchema, shareLinkListSchema, shareResponseSchema } from '@/lib/schemas/asset';
import { z } from 'zod';
import type { Operation } from './operation';

export const sharingOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/assets/{id}/share',
    summary: 'Create a public link (the token is shown once)',
    tag: 'sharing',
    auth: true,
    params: idParamsSchema,
    body: createShareSchema,
    success: { status: 201, description: 'The link', schema: shareResponseSchema },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/assets/{id}/share',
    summary: "The asset's live links: created and expiry times (never the token)",
    tag: 'sharing',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The live links', schema: shareLinkListSchema },
    errors: [401, 404],
  },
  {
    method: 'delete',
    path: '/api/assets/{id}/share/{linkId}',
    summary: 'Revoke one link; the others keep working',
    tag: 'sharing',
    auth: true,
    params: z.object({ id: z.uuid(), linkId: z.uuid() }),
    success: { status: 204, description: 'Revoked' },
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/assets/{id}/share',
    summary: 'Revoke every link to the asset',
    tag: 'sharing',
    auth: true,
    params: idParamsSchema,
    success: { status: 204, description: 'Revoked' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/share/{token}/content',
    summary: 'Public bytes of a shared asset (?preview=1 for its preview)',
    tag: 'sharing',
    auth: false,
    params: z.object({ token: z.string() }),
    query: z.object({ preview: z.enum(['1']).optional(), download: z.enum(['1']).optional() }),
    success: { status: 200, description: 'The file (206 for a range)' },
    errors: [404, 416],
  },
];
