import { withUser } from '@/lib/db/with-user';
import { deleteAssetOrThrow, getAssetRowOrThrow, toAsset, updateAssetOrThrow } from '@/lib/db/queries/assets';
import { json, noContent, readJson, withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';
import { updateAssetSchema } from '@/lib/schemas/asset';
import { getBlobStore } from '@/lib/storage';

const options = { params: idParamsSchema };

export const GET = withSession(
  async ({ user, params }) => json({ asset: toAsset(await withUser(user.id, (tx) => getAssetRowOrThrow(tx, params))) }),
  options,
);

export const PATCH = withSession(async ({ request, user, params }) => {
  const input = await readJson(request, updateAssetSchema);
  return json({ asset: await withUser(user.id, (tx) => updateAssetOrThrow(tx, { id: params.id, ...input })) });
}, options);

/** Deletes the asset and its stored files (and with them every share link). */
export const DELETE = withSession(async ({ user, params, logger }) => {
  const keys = await withUser(user.id, (tx) => deleteAssetOrThrow(tx, params));
  await Promise.all(keys.map((key) => getBlobStore().delete(key)));
  logger.info({ assetId: params.id }, 'asset deleted');
  return noContent();
}, options);
