import { withUser } from '@/lib/db/with-user';
import { deleteAssetsOrThrow } from '@/lib/db/queries/assets';
import { json, readJson, withSession } from '@/lib/http';
import { deleteAssetsSchema } from '@/lib/schemas/asset';
import { getBlobStore } from '@/lib/storage';

const BLOB_DELETE_BATCH = 20;

/**
 * Deletes several assets and their stored files, all or none: one id that is missing or
 * not the user's answers 404 and nothing is deleted. The files go after the rows, as for
 * a single delete.
 */
export const POST = withSession(async ({ request, user, logger }) => {
  const { ids } = await readJson(request, deleteAssetsSchema);
  const { deletedIds, keys } = await withUser(user.id, (tx) => deleteAssetsOrThrow(tx, { ids }));
  const store = getBlobStore();
  // A few at a time: up to 400 files, and the store may be a remote service.
  for (let start = 0; start < keys.length; start += BLOB_DELETE_BATCH) {
    await Promise.all(keys.slice(start, start + BLOB_DELETE_BATCH).map((key) => store.delete(key)));
  }
  logger.info({ count: deletedIds.length }, 'assets deleted');
  return json({ deletedIds });
});
