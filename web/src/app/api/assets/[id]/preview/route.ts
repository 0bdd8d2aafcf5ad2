import { withUser } from '@/lib/db/with-user';
import { getAssetRowOrThrow } from '@/lib/db/queries/assets';
import { serveBlob } from '@/lib/assets/serve-blob';
import { notFound } from '@/lib/errors';
import { withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';

/** The thumbnail (image) or poster frame (video). */
export const GET = withSession(async ({ request, user, params }) => {
  const asset = await withUser(user.id, (tx) => getAssetRowOrThrow(tx, params));
  if (!asset.preview_key || !asset.preview_mime_type) throw notFound('Preview of asset', params.id);
  return serveBlob(request, { key: asset.preview_key, mimeType: asset.preview_mime_type, filename: `preview-${asset.name}`, cacheSeconds: 86_400 });
}, { params: idParamsSchema });
