'use client';

import { useCallback, useState } from 'react';

/** An API failure, shaped for forms: a sentence, and messages keyed by field name. */
export type ApiError = {
  status: number;
  code: string;
  message: string;
  fieldErrors: Record<string, string>;
};

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

type ErrorEnvelope = { error?: { code?: unknown; message?: unknown; details?: unknown } };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** details.issues [{ path, message }] → { [path]: message } (the first message per field). */
function fieldErrorsFrom(details: unknown): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return fieldErrors;
  for (const issue of issues as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue?.path !== 'string' || issue.path === '' || typeof issue.message !== 'string') continue;
    fieldErrors[issue.path] ??= capitalize(issue.message);
  }
  return fieldErrors;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorEnvelope | undefined;
  try {
    body = (await response.json()) as ErrorEnvelope;
  } catch {
    body = undefined;
  }
  const code = typeof body?.error?.code === 'string' ? body.error.code : 'unknown_error';
  let message =
    typeof body?.error?.message === 'string' ? body.error.message : `Something went wrong (HTTP ${response.status}). Try again.`;
  if (response.status === 429 && !/try again/i.test(message)) {
    const retryAfter = Number(response.headers.get('retry-after'));
    message += retryAfter > 0 ? ` Try again in ${retryAfter} seconds.` : ' Try again later.';
  }
  return { status: response.status, code, message, fieldErrors: fieldErrorsFrom(body?.error?.details) };
}

export type ApiRequestInit = {
  method?: string;
  body?: unknown;
  /** Extra request headers, e.g. Idempotency-Key. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Lets the request outlive the page (a delete sent while the tab closes). */
  keepalive?: boolean;
};

/**
 * Calls the JSON API; never throws: a network failure is an ApiError with status 0, and an
 * aborted request one with the code `aborted`.
 */
export async function requestApi<T>(path: string, init: ApiRequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: init.signal,
      keepalive: init.keepalive,
    });
  } catch {
    if (init.signal?.aborted) {
      return { ok: false, error: { status: 0, code: 'aborted', message: 'The request was cancelled.', fieldErrors: {} } };
    }
    return {
      ok: false,
      error: { status: 0, code: 'network_error', message: 'MediaLab could not be reached. Check your connection and try again.', fieldErrors: {} },
    };
  }
  if (!response.ok) return { ok: false, error: await toApiError(response) };
  if (response.status === 204) return { ok: true, data: undefined as T };
  try {
    return { ok: true, data: (await response.json()) as T };
  } catch {
    const code = init.signal?.aborted ? 'aborted' : 'network_error';
    return { ok: false, error: { status: 0, code, message: 'The answer from MediaLab was cut short. Try again.', fieldErrors: {} } };
  }
}

/**
 * A request with the state a form needs: `pending` while in flight, and the last `error`
 * (cleared when the next request starts).
 */
export function useApiRequest() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const send = useCallback(async <T>(path: string, init: ApiRequestInit = {}): Promise<ApiResult<T>> => {
    setPending(true);
    setError(null);
    const result = await requestApi<T>(path, init);
    setPending(false);
    if (!result.ok) setError(result.error);
    return result;
  }, []);

  const reset = useCallback(() => setError(null), []);

  return { send, pending, error, reset };
}

/**
 * Splits an error between a form's fields and the form itself: issues for fields the form
 * has go under them; otherwise the message goes at the top. `codeFields` puts codes that
 * are about one field (email_taken → email) under that field.
 */
export function formErrors(
  error: ApiError | null,
  fields: readonly string[],
  codeFields: Record<string, string> = {},
): { fieldErrors: Record<string, string>; formError: string | undefined } {
  if (!error) return { fieldErrors: {}, formError: undefined };
  const fieldErrors: Record<string, string> = {};
  for (const field of fields) {
    const message = error.fieldErrors[field];
    if (message) fieldErrors[field] = message;
  }
  const codeField = codeFields[error.code];
  if (codeField && fields.includes(codeField)) fieldErrors[codeField] ??= error.message;
  return { fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? undefined : error.message };
}
