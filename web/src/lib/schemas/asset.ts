import { GENERATION_TYPES } from '@/lib/providers/provider';
import { z } from 'zod';
import { listQuerySchema, uuidSchema } from './common';

export const ASSET_TYPES = ['image', 'video', 'audio', 'text'] as const;

export const assetSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    generationId: z.uuid().nullable(),
    type: z.enum(ASSET_TYPES),
    mimeType: z.string(),
    bytes: z.number().int(),
    name: z.string(),
    favorite: z.boolean(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    durationSeconds: z.number().nullable(),
    hasPreview: z.boolean(),
    peaks: z.array(z.number()).nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Asset' });

export const assetResponseSchema = z.object({ asset: assetSchema }).meta({ id: 'AssetResponse' });
export const assetPageSchema = z
  .object({ items: z.array(assetSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'AssetPage' });

export const listAssetsQuerySchema = listQuerySchema.extend({
  projectId: uuidSchema.optional(),
  type: z.enum(ASSET_TYPES, { error: `type must be one of ${ASSET_TYPES.join(', ')}` }).optional(),
  favorite: z.enum(['true', 'false'], { error: 'favorite must be true or false' }).transform((value) => value === 'true').optional(),
  q: z.string().trim().max(200, 'q must be at most 200 characters').optional(),
  /** What the generation was asked to make: tells music from speech, both audio assets. */
  generationType: z.enum(GENERATION_TYPES, { error: `generationType must be one of ${GENERATION_TYPES.join(', ')}` }).optional(),
  provider: z
    .string()
    .regex(/^[a-z0-9-]{1,50}$/, 'provider must be a provider id such as builtin or openai')
    .optional(),
});

export const updateAssetSchema = z
  .object({
    favorite: z.boolean().optional(),
    name: z.string().trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters').optional(),
  })
  .strict()
  .refine((value) => value.favorite !== undefined || value.name !== undefined, { message: 'send favorite, name or both' })
  .meta({ id: 'UpdateAssetRequest' });

/** How many assets one bulk request (zip or delete) may name. */
export const MAX_BULK_ASSETS = 200;

const assetIdsSchema = z
  .array(uuidSchema, { error: 'ids must be a list of asset ids' })
  .min(1, 'ids must name at least one asset')
  .max(MAX_BULK_ASSETS, `ids must name at most ${MAX_BULK_ASSETS} assets`)
  .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, { message: 'ids must not name an asset twice' });

export const archiveAssetsSchema = z.object({ ids: assetIdsSchema }).strict().meta({ id: 'ArchiveAssetsRequest' });

export const deleteAssetsSchema = z.object({ ids: assetIdsSchema }).strict().meta({ id: 'DeleteAssetsRequest' });

export const deleteAssetsResponseSchema = z.object({ deletedIds: z.array(z.uuid()) }).meta({ id: 'DeleteAssetsResponse' });

export const createShareSchema = z
  .object({
    expiresInHours: z
      .number()
      .int('expiresInHours must be a whole number')
      .min(1, 'expiresInHours must be between 1 and 8760')
      .max(8760, 'expiresInHours must be between 1 and 8760')
      .optional(),
  })
  .strict()
  .meta({ id: 'CreateShareRequest' });

export const shareResponseSchema = z
  .object({ id: z.uuid(), token: z.string(), url: z.string(), expiresAt: z.iso.datetime().nullable() })
  .meta({ id: 'ShareLink' });

export const shareLinkListSchema = z
  .object({ items: z.array(z.object({ id: z.uuid(), createdAt: z.iso.datetime(), expiresAt: z.iso.datetime().nullable() })) })
  .meta({ id: 'ShareLinkList' });

export type Asset = z.infer<typeof assetSchema>;
export type ListAssetsQuery = z.infer<typeof listAssetsQuerySchema>;
