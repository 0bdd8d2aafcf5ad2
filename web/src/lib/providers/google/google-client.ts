import 'server-only';
import { GoogleGenAI } from '@google/genai';
import { ProviderError } from '../provider-error';

export const GOOGLE_NAME = 'Google Gemini';

/** The public API host: passed explicitly so `GOOGLE_GEMINI_BASE_URL` in the server's environment cannot redirect a user's key. */
export const GOOGLE_BASE_URL = 'https://generativelanguage.googleapis.com';

/**
 * The API version the SDK speaks. Pinned (it is the SDK 3.x default) so that
 * `GOOGLE_GENAI_API_VERSION` in the server's environment cannot change it.
 */
export const GOOGLE_API_VERSION = 'v1';

export type GoogleConnection = {
  apiKey?: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
};

export function requireApiKey(apiKey: string | undefined): string {
  if (!apiKey) {
    throw new ProviderError('invalid_key', `No ${GOOGLE_NAME} API key is set — add one in Settings.`, { provider: GOOGLE_NAME, isRetryable: false });
  }
  return apiKey;
}

export function googleBaseUrl(baseUrl: string | undefined): string {
  return (baseUrl ?? GOOGLE_BASE_URL).replace(/\/+$/, '');
}

/**
 * Remembers the headers of the last response. The SDK's `ApiError` keeps only the status and
 * the body, and a `Retry-After` header is worth honouring when Google sends one.
 */
export type ResponseCapture = { fetch: typeof globalThis.fetch; readonly headers: Headers | undefined };

export function captureResponses(baseFetch: typeof globalThis.fetch = globalThis.fetch): ResponseCapture {
  let headers: Headers | undefined;
  return {
    fetch: async (input, init) => {
      const response = await baseFetch(input, init);
      headers = response.headers;
      return response;
    },
    get headers() {
      return headers;
    },
  };
}

/**
 * A client for one call, with the user's key. The SDK makes no retries unless asked (the worker
 * retries with backoff); the deadline comes from a CallGuard's signal, so that a timeout can be
 * told apart from a cancel.
 */
export function createGoogleClient(options: GoogleConnection, capture: ResponseCapture): GoogleGenAI {
  return new GoogleGenAI({
    apiKey: requireApiKey(options.apiKey),
    vertexai: false,
    apiVersion: GOOGLE_API_VERSION,
    httpOptions: { baseUrl: googleBaseUrl(options.baseUrl), fetch: capture.fetch },
  });
}

/**
 * One call's deadline and the worker's cancel in one signal. `touch()` restarts the clock, so for
 * a stream the timeout is the longest silence allowed rather than the length of the whole answer.
 */
export type CallGuard = { signal: AbortSignal; readonly timedOut: boolean; touch(): void; dispose(): void };

export function createCallGuard(abortSignal: AbortSignal, timeoutMs: number): CallGuard {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = () => controller.abort(abortSignal.reason);
  if (abortSignal.aborted) controller.abort(abortSignal.reason);
  else abortSignal.addEventListener('abort', onAbort, { once: true });
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('The provider did not answer in time.', 'TimeoutError'));
    }, timeoutMs);
  };
  touch();
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    touch,
    dispose() {
      clearTimeout(timer);
      abortSignal.removeEventListener('abort', onAbort);
    },
  };
}
