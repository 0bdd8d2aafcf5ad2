import { withUser } from '@/lib/db/with-user';
import { createProject, listProjects } from '@/lib/db/queries/projects';
import { json, readJson, readQuery, withSession } from '@/lib/http';
import { listQuerySchema } from '@/lib/schemas/common';
import { createProjectSchema } from '@/lib/schemas/project';

export const GET = withSession(async ({ request, user }) => {
  const query = readQuery(request, listQuerySchema);
  return json(await withUser(user.id, (tx) => listProjects(tx, query)));
});

export const POST = withSession(async ({ request, user, logger }) => {
  const input = await readJson(request, createProjectSchema);
  const project = await withUser(user.id, (tx) => createProject(tx, input));
  logger.info({ projectId: project.id }, 'project created');
  return json({ project }, { status: 201 });
});
