/**
 * A vendor failure in one shape. 408, 409, 429 and 5xx are retryable; the worker backs
 * off (honouring `retryAfterSeconds`) and marks a provider that keeps failing unhealthy.
 */
export type ProviderErrorCode =
  | 'bad_request'
  | 'invalid_key'
  | 'forbidden'
  | 'model_not_found'
  | 'rate_limited'
  | 'insufficient_credit'
  | 'provider_error'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'malformed_response'
  | 'content_refused'
  | 'canceled';

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
