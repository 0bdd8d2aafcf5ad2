import 'server-only';
import { ProviderError, providerErrorFromNetwork, providerErrorFromStatus } from '../provider-error';
import { GOOGLE_NAME } from './google-client';
import { googleErrorBodySchema } from './google-schemas';

/**
 * Google's errors as ProviderErrors. The SDK raises two kinds: `ApiError` (generateContent,
 * models.list) with the JSON body as its message and no headers, and the Interactions client's
 * `APIError` with `status`, `headers` and the body. Plain REST calls (Veo) pass the response here.
 * @see https://ai.google.dev/gemini-api/docs/troubleshooting
 */
export type GoogleErrorContext = {
  /** The worker's cancel signal: an abort it caused is a cancel, not a failure. */
  abortSignal?: AbortSignal;
  /** Our own deadline fired. */
  timedOut?: boolean;
  /** Headers of the failed response, when the error itself does not carry them. */
  headers?: Headers;
};

const RETRY_INFO = 'type.googleapis.com/google.rpc.RetryInfo';
const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';

/** `"12s"` or `"1.500s"` (a protobuf Duration in JSON) as seconds. */
function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

function parseErrorBody(text: string) {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  try {
    const parsed = googleErrorBodySchema.safeParse(JSON.parse(text.slice(start)));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    return undefined;
  }
}

/** The ProviderError for an HTTP failure, from its status, body text and `Retry-After` header. */
export function googleErrorFromResponse(status: number, bodyText: string, retryAfterHeader?: string | null): ProviderError {
  const body = parseErrorBody(bodyText);
  const detail = body?.message ?? (bodyText.trim() || undefined);
  const details = body?.details ?? [];
  const reason = details.find((entry) => entry['@type'] === ERROR_INFO)?.reason;
  // An unknown key is a 400 INVALID_ARGUMENT with reason API_KEY_INVALID, not a 401.
  if (reason === 'API_KEY_INVALID' || (status === 400 && detail && /API key not valid/i.test(detail))) {
    const { message } = providerErrorFromStatus(GOOGLE_NAME, 401, detail);
    return new ProviderError('invalid_key', message, { status, provider: GOOGLE_NAME, isRetryable: false });
  }
  // Google says when to come back in a RetryInfo detail rather than a header.
  const retryDelay = durationSeconds(details.find((entry) => entry['@type'] === RETRY_INFO)?.retryDelay);
  const retryAfter = retryAfterHeader || (retryDelay !== undefined ? String(retryDelay) : null);
  return providerErrorFromStatus(GOOGLE_NAME, status, detail, retryAfter);
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 600 ? value : undefined;
}

function isMalformed(error: unknown): boolean {
  if (error instanceof SyntaxError) return true;
  const message = error instanceof Error ? error.message : '';
  const name = error instanceof Error ? error.name : '';
  return (
    /ResponseValidationError|SDKValidationError/.test(name) ||
    /Incomplete JSON segment|exception parsing stream chunk|is not valid JSON|Unexpected token|JSON at position/i.test(message)
  );
}

export function malformedResponse(what: string): ProviderError {
  return new ProviderError('malformed_response', `${GOOGLE_NAME} sent ${what} we could not read; we will try again.`, {
    provider: GOOGLE_NAME,
    isRetryable: true,
  });
}

/** Any failure of a Google call as a ProviderError with a message the user can act on. */
export function mapGoogleError(error: unknown, context: GoogleErrorContext = {}): ProviderError {
  if (error instanceof ProviderError) return error;
  if (context.abortSignal?.aborted) return new ProviderError('canceled', 'The generation was cancelled.', { provider: GOOGLE_NAME, isRetryable: false });
  if (context.timedOut) return providerErrorFromNetwork(GOOGLE_NAME, new DOMException('timeout', 'TimeoutError'));
  const status = httpStatusOf(error);
  if (status !== undefined) {
    const { body, headers } = error as { body?: unknown; headers?: unknown };
    const text = typeof body === 'string' && body ? body : error instanceof Error ? error.message : '';
    const responseHeaders = headers instanceof Headers ? headers : context.headers;
    return googleErrorFromResponse(status, text, responseHeaders?.get('retry-after'));
  }
  if (isMalformed(error)) return malformedResponse('an answer');
  const name = error instanceof Error ? error.name : '';
  if (name === 'APIConnectionTimeoutError' || name === 'TimeoutError') {
    return providerErrorFromNetwork(GOOGLE_NAME, new DOMException('timeout', 'TimeoutError'));
  }
  // A dropped connection: undici's TypeError ("fetch failed", "terminated") or the Interactions client's wrapper of it.
  if (error instanceof TypeError || name === 'APIConnectionError' || name === 'APIUserAbortError' || name === 'AbortError') {
    return providerErrorFromNetwork(GOOGLE_NAME, error);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError('provider_error', `The ${GOOGLE_NAME} request failed: ${message.slice(0, 300)}`, { provider: GOOGLE_NAME, isRetryable: false });
}
