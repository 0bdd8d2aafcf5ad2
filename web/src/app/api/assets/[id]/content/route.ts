import { withUser } from '@/lib/db/with-user';
import { getAssetRowOrThrow } from '@/lib/db/queries/assets';
import { serveBlob } from '@/lib/assets/serve-blob';
import { withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';

/** The asset's bytes; `?download=1` asks the browser to save it. Supports Range. */
export const GET = withSession(async ({ request, user, params }) => {
  const asset = await withUser(user.id, (tx) => getAssetRowOrThrow(tx, params));
  return serveBlob(request, {
    key: asset.storage_key,
    mimeType: asset.mime_type,
    filename: asset.name,
    download: request.nextUrl.searchParams.get('download') === '1',
  });
}, { params: idParamsSchema });
