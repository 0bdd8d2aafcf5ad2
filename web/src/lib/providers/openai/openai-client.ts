import 'server-only';
import OpenAI from 'openai';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Sent when a local server (e.g. Ollama) needs no key: the SDK insists on one, and the header is then dropped. */
const NO_KEY_PLACEHOLDER = 'no-key';

export type OpenAIClientOptions = {
  /** The user's key; empty or absent for a keyless local server. */
  apiKey: string | undefined;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs: number;
};

/**
 * One SDK client per call, with the user's key. Everything the SDK would otherwise read
 * from this server's environment (base URL, organization, project, admin key, log level)
 * is set explicitly, so no server setting leaks into a user's request. Retries are off:
 * the worker retries with its own backoff.
 * @see https://developers.openai.com/api/reference
 */
export function createOpenAIClient({ apiKey, baseUrl, fetch, timeoutMs }: OpenAIClientOptions): OpenAI {
  const key = apiKey?.trim();
  return new OpenAI({
    apiKey: key || NO_KEY_PLACEHOLDER,
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    baseURL: baseUrl ?? OPENAI_BASE_URL,
    ...(fetch ? { fetch } : {}),
    maxRetries: 0,
    timeout: timeoutMs,
    logLevel: 'off',
    // IMPORTANT: with no key, no Authorization header at all (the placeholder never leaves).
    ...(key ? {} : { defaultHeaders: { Authorization: null } }),
  });
}
