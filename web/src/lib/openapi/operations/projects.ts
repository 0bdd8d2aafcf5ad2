import { idParamsSchema, listQuerySchema } from '@/lib/schemas/common';
import { createProjectSchema, projectPageSchema, projectResponseSchema, updateProjectSchema } from '@/lib/schemas/project';
import type { Operation } from './operation';

export const projectsOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/projects',
    summary: "List the user's projects, newest first",
    tag: 'projects',
    auth: true,
    query: listQuerySchema,
    success: { status: 200, description: 'A page of projects', schema: projectPageSchema },
    errors: [400, 401],
  },
  {
    method: 'post',
    path: '/api/projects',
    summary: 'Create a project',
    tag: 'projects',
    auth: true,
    body: createProjectSchema,
    success: { status: 201, description: 'The new project', schema: projectResponseSchema },
    errors: [400, 401, 403, 413],
  },
  {
    method: 'get',
    path: '/api/projects/{id}',
    summary: 'Get a project',
    tag: 'projects',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The project', schema: projectResponseSchema },
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/projects/{id}',
    summary: 'Rename or redescribe a project',
    tag: 'projects',
    auth: true,
    params: idParamsSchema,
    body: updateProjectSchema,
    success: { status: 200, description: 'The updated project', schema: projectResponseSchema },
    errors: [400, 401, 403, 404, 413],
  },
  {
    method: 'delete',
    path: '/api/projects/{id}',
    summary: 'Delete a project with everything in it',
    tag: 'projects',
    auth: true,
    params: idParamsSchema,
    success: { status: 204, description: 'Deleted' },
    errors: [401, 403, 404],
  },
];
