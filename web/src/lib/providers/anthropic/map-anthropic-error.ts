import 'server-only';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import { ProviderError, providerErrorFromNetwork, providerErrorFromStatus } from '../provider-error';
import { ANTHROPIC_NAME } from './anthropic-client';

/**
 * The HTTP status each Anthropic error type stands for. An `error` event inside a stream has
 * no status of its own, only the type, so it is mapped as the status the type is sent with.
 * @see https://platform.claude.com/docs/en/api/errors
 */
const STATUS_BY_ERROR_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

export type AnthropicErrorContext = {
  /** The worker's cancel signal: an abort it caused is a cancel, not a failure. */
  abortSignal?: AbortSignal;
  /** Our own inactivity timer fired (a stream that went silent). */
  timedOut?: boolean;
};

function retryAfterHeader(headers: Headers | undefined): string | null {
  const seconds = headers?.get('retry-after');
  if (seconds) return seconds;
  const milliseconds = Number(headers?.get('retry-after-ms'));
  return Number.isFinite(milliseconds) && milliseconds > 0 ? String(milliseconds / 1000) : null;
}

function mapApiError(error: APIError): ProviderError {
  const detail = error.apiMessage ?? undefined;
  const type = error.type ?? undefined;
  const status = error.status ?? (type ? STATUS_BY_ERROR_TYPE[type] : undefined) ?? 500;
  // The API has answered "credit balance is too low" as a 400 invalid_request_error as well as a 402.
  if (type === 'billing_error' || (status === 400 && detail && /credit balance/i.test(detail))) {
    const { message } = providerErrorFromStatus(ANTHROPIC_NAME, 402, detail);
    return new ProviderError('insufficient_credit', message, { status, provider: ANTHROPIC_NAME, isRetryable: false });
  }
  return providerErrorFromStatus(ANTHROPIC_NAME, status, detail, retryAfterHeader(error.headers));
}

/** Any failure of an Anthropic call as a ProviderError with a message the user can act on. */
export function mapAnthropicError(error: unknown, context: AnthropicErrorContext = {}): ProviderError {
  if (error instanceof ProviderError) return error;
  const final = { provider: ANTHROPIC_NAME, isRetryable: false };
  if (context.abortSignal?.aborted) return new ProviderError('canceled', 'The generation was cancelled.', final);
  if (context.timedOut || error instanceof APIConnectionTimeoutError) {
    return new ProviderError('timeout', 'Anthropic did not answer in time; we will try again.', { provider: ANTHROPIC_NAME });
  }
  if (error instanceof APIUserAbortError || error instanceof APIConnectionError) {
    return providerErrorFromNetwork(ANTHROPIC_NAME, (error as { cause?: unknown }).cause ?? error);
  }
  if (error instanceof APIError) return mapApiError(error);
  if (error instanceof SyntaxError) {
    return new ProviderError('malformed_response', 'Anthropic sent an answer that is not valid JSON.', final);
  }
  // A body that stops mid-way surfaces from undici as a TypeError ("terminated").
  if (error instanceof TypeError) return providerErrorFromNetwork(ANTHROPIC_NAME, error);
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError('provider_error', `The Anthropic request failed: ${message.slice(0, 300)}`, final);
}
