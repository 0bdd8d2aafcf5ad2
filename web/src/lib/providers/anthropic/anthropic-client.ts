import 'server-only';
import Anthropic from '@anthropic-ai/sdk';
import { ProviderError } from '../provider-error';

export const ANTHROPIC_NAME = 'Anthropic';

/** The public API host: passed explicitly so `ANTHROPIC_BASE_URL` in the server's environment cannot redirect a user's key. */
const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

export type AnthropicClientOptions = {
  apiKey?: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
};

/**
 * A client for one call, with the user's key. The SDK's retries are off (the worker retries with
 * backoff) and its console logging is off (failures come back as ProviderErrors instead).
 */
export function createAnthropicClient(options: AnthropicClientOptions, defaultTimeoutMs: number): Anthropic {
  if (!options.apiKey) {
    throw new ProviderError('invalid_key', 'No Anthropic API key is set — add one in Settings.', { provider: ANTHROPIC_NAME, isRetryable: false });
  }
  return new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? ANTHROPIC_BASE_URL,
    fetch: options.fetch,
    maxRetries: 0,
    timeout: options.timeoutMs ?? defaultTimeoutMs,
    logLevel: 'off',
  });
}
