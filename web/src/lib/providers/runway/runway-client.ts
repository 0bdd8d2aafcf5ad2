import 'server-only';
import RunwayML from '@runwayml/sdk';
import { ProviderError } from '../provider-error';

export const RUNWAY_NAME = 'Runway';

/** The public API host: passed explicitly so `RUNWAYML_BASE_URL` in the server's environment cannot redirect a user's key. */
const RUNWAY_BASE_URL = 'https://api.dev.runwayml.com';

/** The API version every request names in `X-Runway-Version`; pinned so an SDK update cannot change the wire format unseen. */
const RUNWAY_API_VERSION = '2024-11-06';

export type RunwayClientOptions = {
  apiKey?: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
};

/**
 * A client for one call, with the user's key. The SDK's retries are off (the worker retries with
 * backoff) and its console logging is off (failures come back as ProviderErrors instead).
 */
export function createRunwayClient(options: RunwayClientOptions, defaultTimeoutMs: number): RunwayML {
  if (!options.apiKey) {
    throw new ProviderError('invalid_key', 'No Runway API key is set — add one in Settings.', { provider: RUNWAY_NAME, isRetryable: false });
  }
  return new RunwayML({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? RUNWAY_BASE_URL,
    runwayVersion: RUNWAY_API_VERSION,
    fetch: options.fetch,
    maxRetries: 0,
    timeout: options.timeoutMs ?? defaultTimeoutMs,
    logLevel: 'off',
  });
}
