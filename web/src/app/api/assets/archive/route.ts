import { withUser } from '@/lib/db/with-user';
import { listAssetRowsByIdsOrThrow } from '@/lib/db/queries/assets';
import { archiveEntryNames, archiveFilename, archiveStream } from '@/lib/assets/archive';
import { readJson, withSession } from '@/lib/http';
import { archiveAssetsSchema } from '@/lib/schemas/asset';

/**
 * The chosen assets as one ZIP, streamed as it is made. Every id must be the user's: one
 * that is not answers 404, as a missing one does, before any byte is sent.
 */
export const POST = withSession(async ({ request, user, logger }) => {
  const { ids } = await readJson(request, archiveAssetsSchema);
  const rows = await withUser(user.id, (tx) => listAssetRowsByIdsOrThrow(tx, { ids }));
  const names = archiveEntryNames(rows.map((row) => ({ name: row.name, mimeType: row.mime_type, type: row.asset_type })));
  const entries = rows.map((row, index) => ({
    assetId: row.id,
    filename: names[index]!,
    mimeType: row.mime_type,
    storageKey: row.storage_key,
    modifiedAt: new Date(row.created_at),
  }));
  logger.info({ count: entries.length }, 'asset archive started');
  return new Response(archiveStream(entries, { logger }), {
    status: 200,
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${archiveFilename(entries.length)}"`,
      'x-content-type-options': 'nosniff',
    },
  });
});
