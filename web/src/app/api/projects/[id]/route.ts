import { withUser } from '@/lib/db/with-user';
import { deleteProjectOrThrow, getProjectByIdOrThrow, updateProjectOrThrow } from '@/lib/db/queries/projects';
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

export const DELETE = withSession(async ({ user, params, logger }) => {
  await withUser(user.id, (tx) => deleteProjectOrThrow(tx, params));
  logger.info({ projectId: params.id }, 'project deleted');
  return noContent();
}, options);
