import 'server-only';
import type { PollResult } from '../provider';
import { ProviderError, providerErrorFromNetwork, providerErrorFromStatus, type ProviderErrorCode } from '../provider-error';

export const FAL = 'fal';

/** A fal failure that retrying the same call cannot fix. */
export function finalFalError(code: ProviderErrorCode, message: string, status?: number): ProviderError {
  return new ProviderError(code, message, { status, provider: FAL, isRetryable: false });
}

export function canceledError(): ProviderError {
  return finalFalError('canceled', 'The generation was cancelled.');
}

const MAX_ERROR_BODY_BYTES = 64 * 1024;
/** Statuses fal's gateway answers while it is busy: the stored outcome of a job is never one of these without an error type. */
const TRANSIENT_STATUSES = new Set([408, 429, 502, 503, 504]);

/**
 * A non-2xx answer from fal, raised inside our fetch so that the SDK never retries it (see
 * fal-client.ts). Bodies are `{ detail: string, error_type? }` for request errors and
 * `{ detail: [{ loc, msg, type }] }` for model errors; `X-Fal-Error-Type` repeats the type.
 * @see https://docs.fal.ai/documentation/model-apis/request-errors
 * @see https://docs.fal.ai/documentation/model-apis/errors
 */
export class FalHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly retryAfter: string | null,
    readonly errorTypeHeader: string | null,
  ) {
    super(`fal answered HTTP ${status}`);
    this.name = 'FalHttpError';
  }

  /** fal's own words, short. */
  get detail(): string | undefined {
    return falErrorDetail(this.body);
  }

  /** The machine-readable category: the header, the body's `error_type`, or the first model error's `type`. */
  get errorType(): string | undefined {
    if (this.errorTypeHeader) return this.errorTypeHeader;
    if (!isRecord(this.body)) return undefined;
    if (typeof this.body.error_type === 'string') return this.body.error_type;
    const first = Array.isArray(this.body.detail) ? this.body.detail[0] : undefined;
    return isRecord(first) && typeof first.type === 'string' ? first.type : undefined;
  }
}

export async function falHttpErrorFromResponse(response: Response): Promise<FalHttpError> {
  let body: unknown;
  try {
    const text = (await response.text()).slice(0, MAX_ERROR_BODY_BYTES);
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return new FalHttpError(response.status, body, response.headers.get('retry-after'), response.headers.get('x-fal-error-type'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function falErrorDetail(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const { detail } = body;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    const messages = detail.flatMap((item) => {
      if (!isRecord(item) || typeof item.msg !== 'string') return [];
      const field = Array.isArray(item.loc) ? item.loc.filter((part) => part !== 'body').join('.') : '';
      return [field ? `${field}: ${item.msg}` : item.msg];
    });
    if (messages.length) return messages.join('; ');
  }
  for (const key of ['message', 'error', 'status'] as const) {
    if (typeof body[key] === 'string') return body[key];
  }
  return undefined;
}

function isContentRefusal(error: FalHttpError): boolean {
  return error.errorType === 'content_policy_violation';
}

/** Any failure of a fal call as a ProviderError with a message the user can act on. */
export function mapFalError(error: unknown, abortSignal?: AbortSignal): ProviderError {
  if (error instanceof ProviderError) return error;
  if (abortSignal?.aborted) return canceledError();
  if (error instanceof FalHttpError) {
    const detail = error.detail;
    const said = detail ? ` (fal said: ${detail.replace(/\s+/g, ' ').trim().slice(0, 300)})` : '';
    if (isContentRefusal(error)) return finalFalError('content_refused', `fal's content checker refused this prompt.${said}`, error.status);
    if (error.status === 403 && detail && /exhausted balance|top up/i.test(detail)) {
      return finalFalError('insufficient_credit', `Your fal account has no credit left — top it up with fal.${said}`, 403);
    }
    return providerErrorFromStatus(FAL, error.status, detail, error.retryAfter);
  }
  if (error instanceof SyntaxError) {
    return finalFalError('malformed_response', 'fal sent an answer we could not read.');
  }
  return providerErrorFromNetwork(FAL, error);
}

/**
 * The outcome of a COMPLETED job whose result is an error, or undefined when the error is
 * the gateway's (busy, or a key problem) and the result should be fetched again later.
 */
export function failedJobOutcome(error: unknown): Extract<PollResult, { state: 'failed' | 'canceled' }> | undefined {
  if (!(error instanceof FalHttpError)) return undefined;
  const type = error.errorType;
  if (type === 'client_cancelled') return { state: 'canceled' };
  if (!type && (TRANSIENT_STATUSES.has(error.status) || error.status === 401 || error.status === 403)) return undefined;
  return failedOutcome(type, error.detail ?? `HTTP ${error.status}`);
}

/** A failed job as the worker shows it, from fal's error type and message. */
export function failedOutcome(type: string | undefined, detail: string): Extract<PollResult, { state: 'failed' }> {
  const said = detail.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (type === 'content_policy_violation') {
    return { state: 'failed', code: 'content_refused', message: `fal's content checker refused this prompt. (fal said: ${said})` };
  }
  return { state: 'failed', code: 'provider_error', message: `fal could not finish this generation. (fal said: ${said})` };
}

/** fal's answer to cancelling a job that already ended (400 `ALREADY_COMPLETED`): nothing is left to cancel. */
export function isAlreadyCompleted(error: unknown): boolean {
  return error instanceof FalHttpError && error.status === 400 && /ALREADY_COMPLETED/.test(error.detail ?? '');
}
