import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { ZodError, type z } from 'zod';
import { getEnv } from '@/lib/env';
import { AppError, errorBody } from '@/lib/errors';
import { getUserBySessionToken } from '@/lib/auth/builtin';
import { SESSION_COOKIE } from '@/lib/auth/session-token';
import type { User } from '@/lib/schemas/auth';
import { getLogger, type Logger } from '@/lib/telemetry/logger';
import { isDatabaseUnavailable } from '@/lib/db/errors';

/** The default cap on a JSON body; handlers that take more say so. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type RequestContext<Params> = {
  request: NextRequest;
  requestId: string;
  logger: Logger;
  params: Params;
};

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

type RouteOptions<Params> = { params?: z.ZodType<Params> };

export function json(data: unknown, init?: { status?: number; headers?: Record<string, string> }): NextResponse {
  return NextResponse.json(data, { status: init?.status ?? 200, headers: init?.headers });
}

export function noContent(): NextResponse {
  return new NextResponse(null, { status: 204 });
}

function formatZodError(error: ZodError): AppError {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  return new AppError('validation_failed', message || 'The request is not valid.', { issues });
}

function toErrorResponse(error: unknown, context: { requestId: string; logger: Logger }): NextResponse {
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else if (error instanceof ZodError) appError = formatZodError(error);
  else if (isDatabaseUnavailable(error)) {
    context.logger.error({ err: error }, 'database unavailable');
    appError = new AppError('service_unavailable', 'The database is unavailable. Try again shortly.', undefined, {
      'Retry-After': '5',
    });
  } else {
    context.logger.error({ err: error }, 'unhandled error');
    appError = new AppError('internal_error', `Something went wrong on our side (request ${context.requestId}).`);
  }
  if (appError.status >= 500 && error instanceof AppError) context.logger.warn({ code: appError.code }, appError.message);
  return json(errorBody(appError), { status: appError.status, headers: appError.headers });
}

function clientRequestId(request: NextRequest): string {
  const given = request.headers.get('x-request-id');
  return given && /^[A-Za-z0-9._-]{8,128}$/.test(given) ? given : randomUUID();
}

/**
 * A state-changing request from another site is refused (CSRF), whatever the cookie
 * says. Browsers always send Origin on such requests; clients without one (curl,
 * scripts) are not browsers carrying someone's cookie.
 */
export function assertSameOrigin(request: NextRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const refuse = () => new AppError('cross_origin_request', 'Requests from other sites are not allowed.');
  if (request.headers.get('sec-fetch-site') === 'cross-site') throw refuse();
  const origin = request.headers.get('origin');
  if (origin === null) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw refuse();
  }
  const allowedHosts = new Set<string>();
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) allowedHosts.add(host.split(',')[0]!.trim());
  const appUrl = getEnv().NEXT_PUBLIC_APP_URL;
  if (appUrl) allowedHosts.add(new URL(appUrl).host);
  if (!allowedHosts.has(originHost)) throw refuse();
}

export function clientIp(request: NextRequest): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip') || 'unknown';
}

/**
 * Reads a JSON body of at most `maxBytes` and parses it with `schema`: 413 past the cap
 * (checked while streaming, not only from Content-Length), 400 for malformed JSON or a
 * body that does not match.
 */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<T> {
  const tooLarge = () => new AppError('payload_too_large', `The request body must be at most ${maxBytes} bytes.`);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge();
  let text = '';
  if (request.body) {
    const reader = request.body.getReader();
    const decoder = new TextDecoder();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', text.trim() === '' ? 'The request body must be JSON.' : 'The request body is not valid JSON.');
  }
  const result = schema.safeParse(data);
  if (!result.success) throw formatZodError(result.error);
  return result.data;
}

/** Parses the query string with `schema` (400 on a bad value). */
export function readQuery<T>(request: NextRequest, schema: z.ZodType<T>): T {
  const result = schema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!result.success) throw formatZodError(result.error);
  return result.data;
}

async function parseParams<Params>(context: NextRouteContext | undefined, schema?: z.ZodType<Params>): Promise<Params> {
  const raw = (await context?.params) ?? {};
  if (!schema) return raw as Params;
  const result = schema.safeParse(raw);
  // A malformed id names nothing that exists: 404, as for a missing one.
  if (!result.success) throw new AppError('not_found', 'Not found.');
  return result.data;
}

function finish(response: Response, requestId: string, logger: Logger, request: NextRequest, started: number): Response {
  response.headers.set('x-request-id', requestId);
  response.headers.set('cache-control', response.headers.get('cache-control') ?? 'no-store');
  logger.info(
    { method: request.method, path: request.nextUrl.pathname, status: response.status, ms: Math.round(performance.now() - started) },
    'request',
  );
  return response;
}

/** A public endpoint: error envelope, request id, origin check, logging. */
export function withPublic<Params = Record<string, never>>(
  handler: (context: RequestContext<Params>) => Promise<Response>,
  options: RouteOptions<Params> = {},
) {
  return async (request: NextRequest, routeContext?: NextRouteContext): Promise<Response> => {
    const started = performance.now();
    const requestId = clientRequestId(request);
    const logger = getLogger().child({ requestId });
    let response: Response;
    try {
      assertSameOrigin(request);
      const params = await parseParams(routeContext, options.params);
      response = await handler({ request, requestId, logger, params });
    } catch (error) {
      response = toErrorResponse(error, { requestId, logger });
    }
    return finish(response, requestId, logger, request, started);
  };
}

/** An endpoint that needs a signed-in user: 401 without a live session. */
export function withSession<Params = Record<string, never>>(
  handler: (context: RequestContext<Params> & { user: User; sessionToken: string }) => Promise<Response>,
  options: RouteOptions<Params> = {},
) {
  return withPublic<Params>(async (context) => {
    const sessionToken = context.request.cookies.get(SESSION_COOKIE)?.value;
    const user = await getUserBySessionToken(sessionToken);
    if (!user || !sessionToken) throw new AppError('unauthorized', 'Log in to continue.');
    return handler({ ...context, user, sessionToken });
  }, options);
}
