import 'server-only';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { ProviderError, providerErrorFromNetwork, providerErrorFromStatus } from '../provider-error';

export type OpenAIErrorContext = {
  /** Shown to the user in messages ("OpenAI refused the API key…"). */
  providerName: string;
  abortSignal?: AbortSignal;
  /** Replaces the message for a call that got no HTTP answer (e.g. to name the user's server). */
  networkError?: (error: unknown) => ProviderError;
};

const CONTENT_REFUSED_CODES = new Set(['moderation_blocked', 'content_policy_violation', 'content_filter', 'image_content_policy_violation']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_SOCKET']);

export function canceledError(): ProviderError {
  return new ProviderError('canceled', 'The generation was cancelled.', { isRetryable: false });
}

/** The provider's own short message from an error body: `{error:{message}}`, `{error:"…"}` or `{message}`. */
export function errorDetail(body: unknown): string | undefined {
  if (typeof body === 'string') return body || undefined;
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.message === 'string' && record.message) return record.message;
  if (record.error !== undefined && record.error !== body) return errorDetail(record.error);
  return undefined;
}

/** The first `code` (e.g. ECONNREFUSED) in an error's cause chain. */
export function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function providerErrorInChain(error: unknown): ProviderError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth += 1) {
    if (current instanceof ProviderError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function retryAfterHeader(headers: Headers | undefined): string | null | undefined {
  const milliseconds = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(milliseconds)) return String(milliseconds / 1000);
  return headers?.get('retry-after');
}

function statusError(error: APIError, providerName: string): ProviderError {
  const status = error.status ?? 0;
  const detail = errorDetail(error.error);
  const code = typeof error.code === 'string' ? error.code : undefined;
  const said = detail ? ` (${providerName} said: ${detail.replace(/\s+/g, ' ').trim().slice(0, 300)})` : '';
  if (status === 429 && code === 'insufficient_quota') {
    // A quota error is a 429 too, but waiting does not help: the account needs credit.
    return new ProviderError('insufficient_credit', `Your ${providerName} account is out of credit or over its spending limit — check billing with ${providerName}.${said}`, {
      status,
      provider: providerName,
      isRetryable: false,
    });
  }
  if (status === 400 && code && CONTENT_REFUSED_CODES.has(code)) {
    return new ProviderError('content_refused', `${providerName} refused this prompt under its content policy.${said}`, {
      status,
      provider: providerName,
      isRetryable: false,
    });
  }
  return providerErrorFromStatus(providerName, status, detail, retryAfterHeader(error.headers));
}

/** An error event inside a stream (HTTP 200): only its `code` says what went wrong. */
function streamError(error: APIError, providerName: string): ProviderError {
  const code = typeof error.code === 'string' ? error.code : undefined;
  const detail = errorDetail(error.error) ?? error.message;
  const said = ` (${providerName} said: ${detail.replace(/\s+/g, ' ').trim().slice(0, 300)})`;
  if (code === 'rate_limit_exceeded') return new ProviderError('rate_limited', `${providerName} is rate-limiting this key. Trying again shortly.${said}`, { provider: providerName });
  if (code === 'server_error') return new ProviderError('unavailable', `${providerName} had trouble finishing the answer; we will try again.${said}`, { provider: providerName });
  if (code && CONTENT_REFUSED_CODES.has(code)) {
    return new ProviderError('content_refused', `${providerName} refused this prompt under its content policy.${said}`, { provider: providerName, isRetryable: false });
  }
  return new ProviderError('provider_error', `${providerName} stopped with an error.${said}`, { provider: providerName, isRetryable: false });
}

/**
 * Any failure of an `openai` SDK call as a ProviderError a user can act on. Unknown errors
 * (our own bugs) are returned unchanged so the worker logs them as internal errors.
 */
export function mapOpenAIError(error: unknown, context: OpenAIErrorContext): unknown {
  const { providerName, abortSignal } = context;
  if (abortSignal?.aborted) return canceledError();
  // A ProviderError from a custom fetch (the SSRF guard) reaches us wrapped by the SDK.
  const own = providerErrorInChain(error);
  if (own) return own;
  if (error instanceof APIConnectionTimeoutError) return providerErrorFromNetwork(providerName, error);
  if (error instanceof APIUserAbortError) return context.networkError?.(error) ?? providerErrorFromNetwork(providerName, error);
  if (error instanceof APIConnectionError) return context.networkError?.(error) ?? providerErrorFromNetwork(providerName, error);
  if (error instanceof APIError) return error.status ? statusError(error, providerName) : streamError(error, providerName);
  if (error instanceof SyntaxError) {
    return new ProviderError('malformed_response', `${providerName} sent an answer that is not valid JSON.`, { provider: providerName, isRetryable: false });
  }
  // A body cut off mid-read surfaces from fetch as a bare TypeError ("terminated").
  if (error instanceof TypeError || networkCode(error)) return context.networkError?.(error) ?? providerErrorFromNetwork(providerName, error);
  return error;
}

/**
 * A 200 answer whose shape is not what the API documents. Not retried: the call may have
 * been billed already, and the same answer would likely come again.
 */
export function malformedResponse(providerName: string, what: string): ProviderError {
  return new ProviderError('malformed_response', `${providerName} sent ${what} that we could not read.`, { provider: providerName, isRetryable: false });
}
