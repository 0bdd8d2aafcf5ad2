import { loginSchema, signupSchema, userResponseSchema } from '@/lib/schemas/auth';
import { idParamsSchema, listQuerySchema } from '@/lib/schemas/common';
import { dbHealthSchema, healthSchema } from '@/lib/schemas/health';
import {
  assetPageSchema,
  assetResponseSchema,
  createShareSchema,
  listAssetsQuerySchema,
  shareResponseSchema,
  updateAssetSchema,
} from '@/lib/schemas/asset';
import {
  costEstimateSchema,
  createGenerationSchema,
  generationPageSchema,
  generationResponseSchema,
  listGenerationsQuerySchema,
} from '@/lib/schemas/generation';
import { budgetSettingsSchema, providerListSchema } from '@/lib/schemas/provider';
import { z } from 'zod';
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

const budgetResponseSchema = z
  .object({ monthlyBudgetUsd: z.number().nullable(), spentThisMonthUsd: z.number() })
  .meta({ id: 'Budget' });

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
  {
    method: 'get',
    path: '/api/providers',
    summary: 'Every supported provider with its models, parameter schemas, prices and health',
    tag: 'catalog',
    auth: true,
    success: { status: 200, description: 'The catalog', schema: providerListSchema },
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/generations/estimate',
    summary: 'The price of a generation before it runs (null when unknown)',
    tag: 'generations',
    auth: true,
    body: createGenerationSchema,
    success: { status: 200, description: 'The estimate', schema: costEstimateSchema },
    errors: [400, 401, 404, 422],
  },
  {
    method: 'post',
    path: '/api/generations',
    summary: 'Queue a generation (send Idempotency-Key to make retries safe)',
    tag: 'generations',
    auth: true,
    body: createGenerationSchema,
    success: { status: 202, description: 'The queued generation', schema: generationResponseSchema },
    errors: [400, 401, 403, 404, 413, 422],
  },
  {
    method: 'get',
    path: '/api/generations',
    summary: 'List generations, newest first',
    tag: 'generations',
    auth: true,
    query: listGenerationsQuerySchema,
    success: { status: 200, description: 'A page of generations', schema: generationPageSchema },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/generations/{id}',
    summary: 'A generation with its status, progress, costs and assets',
    tag: 'generations',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The generation', schema: generationResponseSchema },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/generations/{id}/events',
    summary: 'Server-sent events: status, progress, text deltas, done',
    tag: 'generations',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'text/event-stream (events status, text, done)' },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/generations/{id}/cancel',
    summary: 'Cancel a queued or running generation',
    tag: 'generations',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The generation', schema: generationResponseSchema },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/assets',
    summary: 'The asset library, newest first, with filters',
    tag: 'assets',
    auth: true,
    query: listAssetsQuerySchema,
    success: { status: 200, description: 'A page of assets', schema: assetPageSchema },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/assets/{id}',
    summary: 'An asset',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The asset', schema: assetResponseSchema },
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/assets/{id}',
    summary: 'Favourite or rename an asset',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    body: updateAssetSchema,
    success: { status: 200, description: 'The asset', schema: assetResponseSchema },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/assets/{id}',
    summary: 'Delete an asset and its files',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    success: { status: 204, description: 'Deleted' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/assets/{id}/content',
    summary: 'The bytes (Range supported; ?download=1 to save)',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    query: z.object({ download: z.enum(['1']).optional() }),
    success: { status: 200, description: 'The file (206 for a range)' },
    errors: [401, 404, 416],
  },
  {
    method: 'get',
    path: '/api/assets/{id}/preview',
    summary: 'The thumbnail or poster frame',
    tag: 'assets',
    auth: true,
    params: idParamsSchema,
    success: { status: 200, description: 'The preview image' },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/assets/{id}/share',
    summary: 'Create a public link (the token is shown once)',
    tag: 'sharing',
    auth: true,
    params: idParamsSchema,
    body: createShareSchema,
    success: { status: 201, description: 'The link', schema: shareResponseSchema },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/assets/{id}/share',
    summary: 'Revoke every link to the asset',
    tag: 'sharing',
    auth: true,
    params: idParamsSchema,
    success: { status: 204, description: 'Revoked' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/share/{token}/content',
    summary: 'Public bytes of a shared asset (?preview=1 for its preview)',
    tag: 'sharing',
    auth: false,
    params: z.object({ token: z.string() }),
    query: z.object({ preview: z.enum(['1']).optional(), download: z.enum(['1']).optional() }),
    success: { status: 200, description: 'The file (206 for a range)' },
    errors: [404, 416],
  },
  {
    method: 'get',
    path: '/api/settings/budget',
    summary: "The user's monthly budget and this month's spend",
    tag: 'settings',
    auth: true,
    success: { status: 200, description: 'The budget', schema: budgetResponseSchema },
    errors: [401],
  },
  {
    method: 'put',
    path: '/api/settings/budget',
    summary: 'Set or clear (null) the monthly budget',
    tag: 'settings',
    auth: true,
    body: budgetSettingsSchema,
    success: { status: 200, description: 'The budget', schema: budgetResponseSchema },
    errors: [400, 401, 403],
  },
];
