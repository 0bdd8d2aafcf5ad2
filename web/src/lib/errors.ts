/**
 * The one error type the app throws on purpose. Every code has one HTTP status; the
 * client sees `{ error: { code, message, details? } }` and nothing else.
 */
export const errorStatus = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_origin_request: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  range_not_satisfiable: 416,
  unprocessable: 422,
  unknown_provider: 422,
  unknown_model: 422,
  invalid_parameter: 422,
  no_key_for_provider: 422,
  provider_not_available: 422,
  budget_exceeded: 422,
  invalid_base_url: 422,
  too_many_keys: 422,
  not_cancelable: 409,
  rate_limited: 429,
  internal_error: 500,
  provider_failed: 502,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Extra response headers, e.g. Retry-After for rate_limited. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

export function notFound(what: string, id?: string): AppError {
  return new AppError('not_found', id ? `${what} ${id} was not found.` : `${what} was not found.`);
}

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}
