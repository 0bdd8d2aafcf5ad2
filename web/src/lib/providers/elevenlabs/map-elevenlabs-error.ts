import 'server-only';
import { ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js';
import { z } from 'zod';
import { ProviderError, providerErrorFromNetwork, providerErrorFromStatus } from '../provider-error';

/**
 * ElevenLabs failures as ProviderErrors. Bodies are `{detail:{status|code, message, param?}}`
 * (`status` is the legacy name of `code`) or, for request validation, `{detail:[{loc,msg,type}]}`.
 * Note that a spent quota and a key without a permission both come back as HTTP 401.
 * @see https://elevenlabs.io/docs/eleven-api/resources/errors
 */
export const ELEVENLABS_NAME = 'ElevenLabs';

const detailObjectSchema = z.looseObject({
  code: z.string().optional(),
  status: z.string().optional(),
  type: z.string().optional(),
  message: z.string().optional(),
  param: z.string().optional(),
});
const validationItemSchema = z.looseObject({ loc: z.array(z.union([z.string(), z.number()])), msg: z.string() });
const errorBodySchema = z.looseObject({
  detail: z.union([detailObjectSchema, z.array(validationItemSchema), z.string()]),
});

/** Our parameter names for the wire fields a user can set, so a validation error names what to change. */
const FIELD_NAMES: Record<string, string> = {
  text: 'prompt',
  prompt: 'prompt',
  voice_id: 'voiceId',
  model_id: 'model',
  duration_seconds: 'durationSeconds',
  music_length_ms: 'durationSeconds',
  prompt_influence: 'promptInfluence',
  force_instrumental: 'forceInstrumental',
  language_code: 'languageCode',
  similarity_boost: 'similarityBoost',
};

const CREDIT_CODES = new Set(['quota_exceeded', 'insufficient_credits', 'payment_required']);
const PERMISSION_CODES = new Set(['missing_permissions', 'detected_unusual_activity']);
const BUSY_CODES = new Set(['too_many_concurrent_requests', 'concurrent_limit_exceeded', 'system_busy', 'rate_limit_exceeded']);

export type ElevenLabsErrorDetail = { code?: string; message?: string; field?: string };

/** What ElevenLabs said in an error body, in one shape; empty when the body is not theirs. */
export function readElevenLabsErrorDetail(body: unknown): ElevenLabsErrorDetail {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return typeof body === 'string' && body.trim() ? { message: body.trim().slice(0, 300) } : {};
  const { detail } = parsed.data;
  if (typeof detail === 'string') return { message: detail };
  if (Array.isArray(detail)) {
    const first = detail[0];
    if (!first) return { code: 'validation_error' };
    const path = first.loc.filter((part) => !['body', 'query', 'path', 'header'].includes(String(part))).join('.');
    return { code: 'validation_error', message: first.msg, field: fieldName(path) };
  }
  return { code: detail.code ?? detail.status, message: detail.message, field: detail.param ? fieldName(detail.param) : undefined };
}

function fieldName(wireName: string): string | undefined {
  if (!wireName) return undefined;
  const last = wireName.split('.').at(-1) ?? wireName;
  return FIELD_NAMES[wireName] ?? FIELD_NAMES[last] ?? wireName;
}

/** The ElevenLabs error code (`missing_permissions`, `quota_exceeded`…) of an SDK error, if any. */
export function elevenLabsErrorCode(error: unknown): string | undefined {
  return error instanceof ElevenLabsError && error.statusCode !== undefined ? readElevenLabsErrorDetail(error.body).code : undefined;
}

function said(detail: ElevenLabsErrorDetail): string {
  const parts = [detail.field ? `${detail.field}: ` : '', detail.message ?? detail.code ?? ''].join('');
  return parts.trim();
}

/** The shared message for `messageStatus`, kept with the HTTP status ElevenLabs really sent. */
function asStatus(messageStatus: number, status: number, detail: ElevenLabsErrorDetail, retryAfter?: string | null): ProviderError {
  const shared = providerErrorFromStatus(ELEVENLABS_NAME, messageStatus, said(detail) || undefined, retryAfter);
  return new ProviderError(shared.code, shared.message, { ...shared.options, status, isRetryable: shared.isRetryable });
}

function fromStatus(status: number, body: unknown, retryAfter: string | null): ProviderError {
  const detail = readElevenLabsErrorDetail(body);
  const code = detail.code ?? '';
  if (CREDIT_CODES.has(code)) return asStatus(402, status, detail);
  if (code === 'invalid_api_key') return asStatus(401, status, detail);
  if (PERMISSION_CODES.has(code)) return asStatus(403, status, detail);
  if (BUSY_CODES.has(code)) return asStatus(429, status, detail, retryAfter);
  if (code === 'model_not_found') return asStatus(404, status, detail);
  if (code === 'voice_not_found') {
    return new ProviderError('bad_request', `ElevenLabs has no voice with that id, or this key cannot use it — pick another voice.${quote(detail)}`, {
      status,
      provider: ELEVENLABS_NAME,
      isRetryable: false,
    });
  }
  if (status === 422 || code === 'validation_error' || code === 'invalid_parameters' || code === 'max_character_limit_exceeded') {
    const what = detail.field ? ` Check ${detail.field}.` : '';
    return new ProviderError('bad_request', `ElevenLabs refused the request (HTTP ${status}).${what}${quote({ ...detail, field: undefined })}`, {
      status,
      provider: ELEVENLABS_NAME,
      isRetryable: false,
    });
  }
  return providerErrorFromStatus(ELEVENLABS_NAME, status, said(detail) || undefined, retryAfter);
}

function quote(detail: ElevenLabsErrorDetail): string {
  const text = said(detail);
  return text ? ` (ElevenLabs said: ${text.replace(/\s+/g, ' ').slice(0, 300)})` : '';
}

/**
 * Any failure of one ElevenLabs call as a ProviderError. `cancel` is the caller's signal (the
 * user cancelled), `deadline` our timeout for the whole call, including reading the audio.
 */
export function mapElevenLabsError(error: unknown, signals: { cancel: AbortSignal; deadline: AbortSignal }): ProviderError {
  if (signals.cancel.aborted) return new ProviderError('canceled', 'The generation was cancelled.', { provider: ELEVENLABS_NAME, isRetryable: false });
  if (error instanceof ProviderError) return error;
  if (signals.deadline.aborted) return providerErrorFromNetwork(ELEVENLABS_NAME, signals.deadline.reason);
  if (error instanceof ElevenLabsTimeoutError) return providerErrorFromNetwork(ELEVENLABS_NAME, error);
  if (error instanceof ElevenLabsError && error.statusCode !== undefined) {
    if (error.statusCode >= 200 && error.statusCode < 300) return malformedResponse('an answer that is not what the API documents');
    return fromStatus(error.statusCode, error.body, error.rawResponse?.headers.get('retry-after') ?? null);
  }
  if (error instanceof Error && error.name === 'ParseError') return malformedResponse('an answer that is not what the API documents');
  if (error instanceof Error && error.name === 'JsonError') {
    return new ProviderError('bad_request', `The request to ElevenLabs was not valid: ${error.message.slice(0, 300)}`, {
      provider: ELEVENLABS_NAME,
      isRetryable: false,
    });
  }
  return providerErrorFromNetwork(ELEVENLABS_NAME, error);
}

export function malformedResponse(what: string): ProviderError {
  return new ProviderError('malformed_response', `ElevenLabs sent ${what}; we will try again.`, { provider: ELEVENLABS_NAME, isRetryable: true });
}
