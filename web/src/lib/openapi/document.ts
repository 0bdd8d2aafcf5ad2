import { z } from 'zod';
import { errorStatus } from '@/lib/errors';
import { errorResponseSchema } from '@/lib/schemas/common';
import { operations, type Operation } from './operations';

const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed JSON, or a body or query that does not match the schema',
  401: 'No valid session, or wrong credentials',
  403: 'A state-changing request from another site',
  404: "Not found (another user's resource answers the same)",
  409: 'Conflicts with an existing resource',
  413: 'The body is larger than the endpoint accepts',
  416: 'The range is outside the file',
  422: 'A valid shape asking for something impossible',
  429: 'Too many requests; see Retry-After',
  500: 'An error on the server (the message carries the request id)',
  503: 'The database or a provider is unavailable; see Retry-After',
};

type JsonSchema = Record<string, unknown>;

const toJsonOptions = { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' } as const;

function schemaRef(schema: z.ZodType): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('OpenAPI: request and response schemas need .meta({ id })');
  return { $ref: `#/components/schemas/${id}` };
}

function parameters(operation: Operation): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [location, object] of [
    ['path', operation.params],
    ['query', operation.query],
  ] as const) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape)) {
      const schema = z.toJSONSchema(field as z.ZodType, toJsonOptions) as JsonSchema;
      delete schema.$schema;
      list.push({ name, in: location, required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success, schema });
    }
  }
  return list;
}

function codesFor(status: number): string[] {
  return Object.entries(errorStatus)
    .filter(([, value]) => value === status)
    .map(([code]) => code);
}

/** The OpenAPI 3.0 document of the whole API, from the zod schemas. */
export function buildOpenApiDocument(): JsonSchema {
  const components = z.toJSONSchema(z.globalRegistry, {
    ...toJsonOptions,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(components.schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const responses: Record<string, unknown> = {
      [operation.success.status]: {
        description: operation.success.description,
        ...(operation.success.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(operation.success.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]),
              ),
            }
          : {}),
        ...(operation.success.schema ? { content: { 'application/json': { schema: schemaRef(operation.success.schema) } } } : {}),
      },
    };
    for (const status of [...operation.errors, 500]) {
      responses[status] = {
        description: `${STATUS_TEXT[status] ?? 'Error'} (codes: ${codesFor(status).join(', ')})`,
        content: { 'application/json': { schema: schemaRef(errorResponseSchema) } },
      };
    }
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      summary: operation.summary,
      tags: [operation.tag],
      operationId: `${operation.method}${operation.path.replace(/[{}]/g, '').replace(/(?:^|[/-])(\w)/g, (_, letter: string) => letter.toUpperCase())}`,
      security: operation.auth ? [{ sessionCookie: [] }] : [],
      parameters: parameters(operation),
      ...(operation.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaRef(operation.body) } } } }
        : {}),
      responses,
    };
  }

  return {
    openapi: '3.0.3',
    info: {
      title: 'MediaLab API',
      version: '1.0.0',
      description:
        'The JSON API of MediaLab, used by its web UI and by scripts. Errors are { error: { code, message, details? } }. Lists take ?limit= (1–100) and ?cursor= and answer { items, nextCursor }.',
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: ['health', 'auth', 'projects', 'keys', 'catalog', 'generations', 'assets', 'sharing', 'analytics', 'settings', 'webhooks'].map((name) => ({ name })),
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'medialab_session' } },
    },
  };
}
