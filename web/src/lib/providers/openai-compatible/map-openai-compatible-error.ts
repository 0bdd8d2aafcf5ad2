import 'server-only';
import { APIError } from 'openai';
import { mapOpenAIError, networkCode, errorDetail } from '../openai/map-openai-error';
import { ProviderError } from '../provider-error';

/** The user's server: where requests go, and the host named in messages (never the full URL or the key). */
export type CompatibleServer = { baseUrl: string; host: string };

const EXAMPLE = 'for Ollama: http://localhost:11434/v1';

/** The base URL from the user's key settings, checked; the provider cannot run without one. */
export function serverOrThrow(baseUrl: string | undefined): CompatibleServer {
  let url: URL | undefined;
  try {
    url = baseUrl ? new URL(baseUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ProviderError('bad_request', `Set the base URL of your OpenAI-compatible server in Settings (${EXAMPLE}).`, { isRetryable: false });
  }
  return { baseUrl: url.toString().replace(/\/+$/, ''), host: url.host };
}

function networkError(server: CompatibleServer) {
  return (error: unknown): ProviderError => {
    const code = networkCode(error);
    if (code === 'ECONNREFUSED') {
      return new ProviderError('network', `Could not connect to ${server.host}: the connection was refused. Check that the server is running and that the base URL in Settings is right.`, {
        provider: server.host,
      });
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return new ProviderError('network', `Could not find the host ${server.host}. Check the base URL in Settings.`, { provider: server.host });
    }
    return new ProviderError('network', `Could not reach ${server.host} (the connection failed or was dropped); we will try again.`, { provider: server.host });
  };
}

/**
 * A failure talking to the user's server, as a ProviderError naming its host. A 404 that
 * is not about a model means the base URL does not point at an OpenAI-compatible API.
 */
export function mapOpenAICompatibleError(error: unknown, server: CompatibleServer, abortSignal?: AbortSignal): unknown {
  if (!abortSignal?.aborted && error instanceof APIError && error.status === 404 && !/model/i.test(errorDetail(error.error) ?? '')) {
    return new ProviderError(
      'bad_request',
      `${server.host} has no OpenAI-compatible API at that base URL (HTTP 404). Check the base URL in Settings — it usually ends in /v1 (${EXAMPLE}).`,
      { status: 404, provider: server.host, isRetryable: false },
    );
  }
  return mapOpenAIError(error, { providerName: server.host, abortSignal, networkError: networkError(server) });
}
