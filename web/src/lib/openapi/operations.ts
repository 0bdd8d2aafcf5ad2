import type { z } from 'zod';
import { loginSchema, signupSchema, userResponseSchema } from '@/lib/schemas/auth';
import { idParamsSchema, listQuerySchema } from '@/lib/schemas/common';
import { dbHealthSchema, healthSchema } from '@/lib/schemas/health';
import { createProjectSchema, projectPageSchema, projectResponseSchema, updateProjectSchema } from '@/lib/schemas/project';

/**
 * Every endpoint of the API with the zod schemas its handler parses and returns. The
 * OpenAPI document is generated from this list, and a test checks that every route
 * handler in src/app/api appears here.
 */
export type Operation = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** Needs the session cookie. */
  auth: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success status and schema (none for 204). */
  success: { status: number; description: string; schema?: z.ZodType; headers?: Record<string, string> };
  /** Error statuses this operation answers, besides 500. */
  errors: number[];
};

const sessionCookieHeader = { 'Set-Cookie': 'medialab_session: an HttpOnly, SameSite=Lax session cookie' };

export const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the server answers',
    tag: 'health',
    auth: false,
    success: { status: 200, description: 'The server is up', schema: healthSchema },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/db-health',
    summary: 'Readiness: a round trip to the database',
    tag: 'health',
    auth: false,
    success: { status: 200, description: 'The database answered', schema: dbHealthSchema },
    errors: [503],
  },
  {
    method: 'post',
    path: '/api/auth/signup',
    summary: 'Create an account and a session',
    tag: 'auth',
    auth: false,
    body: signupSchema,
    success: { status: 201, description: 'The new account', schema: userResponseSchema, headers: sessionCookieHeader },
    errors: [400, 403, 409, 413],
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Log in with email and password',
    tag: 'auth',
    auth: false,
    body: loginSchema,
    success: { status: 200, description: 'The account', schema: userResponseSchema, headers: sessionCookieHeader },
    errors: [400, 401, 403, 413, 429],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Revoke the session server-side and clear the cookie',
    tag: 'auth',
    auth: false,
    success: { status: 204, description: 'Logged out' },
    errors: [403],
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user',
    tag: 'auth',
    auth: true,
    success: { status: 200, description: 'The signed-in user', schema: userResponseSchema },
    errors: [401],
  },
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
