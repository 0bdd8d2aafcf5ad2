import { withUser } from '@/lib/db/with-user';
import { listAssetKeysByProjectId } from '@/lib/db/queries/assets';
import { deleteProjectOrThrow, getProjectByIdOrThrow, updateProjectOrThrow } from '@/lib/db/queries/projects';
import { getBlobStore } from '@/lib/storage';
import { json, noContent, readJson, withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';
import { updateProjectSchema } from '@/lib/schemas/project';

const options = { params: idParamsSchema };

export const GET = withSession(
  async ({ user, params }) => json({ project: await withUser(user.id, (tx) => getProjectByIdOrThrow(tx, params)) }),
  options,
);

export const PATCH = withSession(async ({ request, user, params }) => {
  const input = await readJson(request, updateProjectSchema);
  return json({ project: await withUser(user.id, (tx) => updateProjectOrThrow(tx, { id: params.id, ...input })) });
}, options);

/** Deletes the project with its generations, assets and their stored files. */
export const DELETE = withSession(async ({ user, params, logger }) => {
  const keys = await withUser(user.id, async (tx) => {
    const assetKeys = await listAssetKeysByProjectId(tx, { projectId: params.id });
    await deleteProjectOrThrow(tx, params);
    return assetKeys;
  });
  await Promise.all(keys.map((key) => getBlobStore().delete(key)));
  logger.info({ projectId: params.id }, 'project deleted');
  return noContent();
}, options);
