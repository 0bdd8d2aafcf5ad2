import { findSsrfError } from '@/lib/net/ssrf-guard';

/**
 * A vendor failure in one shape. 408, 409, 429 and 5xx are retryable; the worker backs
 * off (honouring `retryAfterSeconds`) and marks a provider that keeps failing unhealthy.
 */
const CODES = [
  'bad_request',
  'invalid_key',
  'forbidden',
  'model_not_found',
  'rate_limited',
  'insufficient_credit',
  'provider_error',
  'unavailable',
  'timeout',
  'network',
  'malformed_response',
  'content_refused',
  'canceled',
] as const;

export type ProviderErrorCode = (typeof CODES)[number];
export const PROVIDER_ERROR_CODES: ReadonlySet<string> = new Set(CODES);

export class ProviderError extends Error {
  readonly isRetryable: boolean;

  constructor(
    readonly code: ProviderErrorCode,
    message: string,
    readonly options: { status?: number; retryAfterSeconds?: number; provider?: string; isRetryable?: boolean } = {},
  ) {
    super(message);
    this.name = 'ProviderError';
    const status = options.status;
    this.isRetryable =
      options.isRetryable ??
      (status !== undefined ? status === 408 || status === 409 || status === 429 || status >= 500 : ['rate_limited', 'unavailable', 'timeout', 'network'].includes(code));
  }

  get status(): number | undefined {
    return this.options.status;
  }

  get retryAfterSeconds(): number | undefined {
    return this.options.retryAfterSeconds;
  }
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The ProviderError for an HTTP failure, with a message a user can act on. `detail` is
 * the provider's own message (kept short); `providerName` is shown to the user.
 */
export function providerErrorFromStatus(
  providerName: string,
  status: number,
  detail?: string,
  retryAfter?: string | null,
): ProviderError {
  const said = detail ? ` (${providerName} said: ${detail.replace(/\s+/g, ' ').trim().slice(0, 300)})` : '';
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  const options = { status, retryAfterSeconds, provider: providerName };
  if (status === 401) return new ProviderError('invalid_key', `${providerName} refused the API key — check it in Settings.${said}`, options);
  if (status === 402) return new ProviderError('insufficient_credit', `Your ${providerName} account has no credit left — top it up with ${providerName}.${said}`, options);
  if (status === 403) return new ProviderError('forbidden', `This ${providerName} key has no access to that model or feature.${said}`, options);
  if (status === 404) return new ProviderError('model_not_found', `${providerName} does not know that model, or this key cannot see it.${said}`, options);
  if (status === 408) return new ProviderError('timeout', `${providerName} took too long to answer.${said}`, options);
  if (status === 429) {
    const when = retryAfterSeconds !== undefined ? ` Trying again in ${Math.ceil(retryAfterSeconds)} s.` : ' Trying again shortly.';
    return new ProviderError('rate_limited', `${providerName} is rate-limiting this key.${when}${said}`, options);
  }
  if (status >= 500) return new ProviderError('unavailable', `${providerName} is having trouble (HTTP ${status}); we will try again.${said}`, options);
  return new ProviderError('bad_request', `${providerName} refused the request (HTTP ${status}).${said}`, options);
}

/** The ProviderError for a call that never got an HTTP answer: timeout, refused or dropped connection. */
export function providerErrorFromNetwork(providerName: string, error: unknown): ProviderError {
  // A base URL the SSRF guard refused is the user's to fix, not a network blip to retry.
  const refusal = findSsrfError(error);
  if (refusal) return new ProviderError('bad_request', refusal.message, { provider: providerName, isRetryable: false });
  const text = error instanceof Error ? `${error.name} ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
  if (/timeout|timed out|aborted due to timeout/i.test(text)) {
    return new ProviderError('timeout', `${providerName} did not answer in time; we will try again.`, { provider: providerName });
  }
  return new ProviderError('network', `Could not reach ${providerName} (the connection failed or was dropped); we will try again.`, {
    provider: providerName,
  });
}
