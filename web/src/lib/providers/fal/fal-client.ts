import 'server-only';
import { createFalClient, type FalClient } from '@fal-ai/client';
import { providerErrorFromNetwork } from '../provider-error';
import { canceledError, FAL, falHttpErrorFromResponse, finalFalError } from './map-fal-error';

/** Queue calls are small JSON exchanges; the generation itself runs in fal's queue. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 30_000;

export type FalCallOptions = {
  apiKey?: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  abortSignal: AbortSignal;
};

export function requireFalKey(apiKey: string | undefined): string {
  const key = apiKey?.trim();
  if (!key) throw finalFalError('invalid_key', 'Add your fal API key in Settings.');
  if (/\s/.test(key)) throw finalFalError('invalid_key', 'That fal API key has spaces in it — paste it again in Settings.');
  return key;
}

/**
 * fal's hosts (queue.fal.run, fal.run, rest.fal.ai, api.fal.ai) rewritten onto `baseUrl`,
 * keeping path and query, so a stub sees the real paths. The SDK has no base-URL option.
 */
export function rewriteFalUrl(url: string, baseUrl: string | undefined): string {
  if (!baseUrl) return url;
  const target = new URL(url);
  return `${baseUrl.replace(/\/+$/, '')}${target.pathname}${target.search}`;
}

/**
 * A fetch for fal calls that turns every failure into an error the SDK does not retry.
 *
 * IMPORTANT: the SDK's queue methods pass their own retry policy on each call (3 retries for
 * submit/result, 5 for status, on 429/5xx and on dropped connections, with 1 s+ backoff),
 * and a per-call policy overrides the client's `retry` option, so `maxRetries: 0` alone does
 * not switch them off. The SDK retries only its own `ApiError`s and transport errors that
 * carry a Node error code; a non-2xx answer therefore becomes a FalHttpError here and a
 * dropped connection a ProviderError, and the worker does the retrying (honouring Retry-After).
 */
export function falFetch(options: Pick<FalCallOptions, 'fetch' | 'abortSignal'>): typeof globalThis.fetch {
  const baseFetch = options.fetch ?? globalThis.fetch;
  return async (input, init) => {
    let response: Response;
    try {
      response = await baseFetch(input, init);
    } catch (error) {
      if (options.abortSignal.aborted) throw canceledError();
      throw providerErrorFromNetwork(FAL, error);
    }
    if (!response.ok) throw await falHttpErrorFromResponse(response);
    return response;
  };
}

/** One HTTP call's signal: the caller's cancel plus the per-request timeout. */
export function callSignal(options: Pick<FalCallOptions, 'timeoutMs' | 'abortSignal'>): AbortSignal {
  return AbortSignal.any([options.abortSignal, AbortSignal.timeout(options.timeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS)]);
}

/**
 * The SDK client for one call, with the user's key; never the process-wide `fal` singleton or
 * FAL_KEY. `baseUrl` (tests) goes through `requestMiddleware`: the SDK fetches whatever URL the
 * middleware returns, so a stub sees the real paths. (`proxyUrl` with `when: 'always'` would
 * send every call to one URL, the real one in `x-fal-target-url`.)
 */
export function createFalCallClient(options: FalCallOptions): FalClient {
  const credentials = requireFalKey(options.apiKey);
  const { baseUrl } = options;
  return createFalClient({
    credentials,
    suppressLocalCredentialsWarning: true,
    fetch: falFetch(options),
    retry: { maxRetries: 0 },
    ...(baseUrl ? { requestMiddleware: async (request) => ({ ...request, url: rewriteFalUrl(request.url, baseUrl) }) } : {}),
  });
}
