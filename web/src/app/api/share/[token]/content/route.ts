import { z } from 'zod';
import { serveBlob } from '@/lib/assets/serve-blob';
import { findSharedAsset } from '@/lib/assets/shared';
import { notFound } from '@/lib/errors';
import { withPublic } from '@/lib/http';

/** Public bytes of a shared asset: 404 when the link is unknown, revoked or expired. */
export const GET = withPublic(async ({ request, params }) => {
  const asset = await findSharedAsset(params.token);
  if (!asset) throw notFound('Shared file');
  const preview = request.nextUrl.searchParams.get('preview') === '1';
  if (preview && (!asset.preview_key || !asset.preview_mime_type)) throw notFound('Preview');
  return serveBlob(request, {
    key: preview ? asset.preview_key! : asset.storage_key,
    mimeType: preview ? asset.preview_mime_type! : asset.mime_type,
    filename: asset.name,
    download: request.nextUrl.searchParams.get('download') === '1',
    cacheSeconds: 60,
  });
}, { params: z.object({ token: z.string() }) });
