import 'server-only';
import { openaiCompatibleProvider } from '../catalog/openai-compatible';
import { canceledError } from '../openai/map-openai-error';
import { listOpenAIModels } from '../openai/openai-key-check';
import type { ProviderAdapter } from '../provider';
import { ProviderError } from '../provider-error';
import { mapOpenAICompatibleError, serverOrThrow } from './map-openai-compatible-error';
import { streamCompatibleChat } from './openai-compatible-chat';

const LISTED_MODELS = 5;

/**
 * Any server that speaks OpenAI Chat Completions (Ollama, LM Studio, OpenRouter, vLLM),
 * at the user's base URL and through the SSRF-guarded fetch the worker passes in. The key
 * may be empty for a local server.
 */
export const openaiCompatibleAdapter: ProviderAdapter = {
  info: openaiCompatibleProvider,

  async doTestKey(options) {
    if (options.abortSignal.aborted) throw canceledError();
    const server = serverOrThrow(options.baseUrl);
    const models = await listOpenAIModels(
      { ...options, baseUrl: server.baseUrl },
      { providerName: server.host, mapError: (error) => mapOpenAICompatibleError(error, server, options.abortSignal) },
    );
    if (models.length === 0) return { detail: `Connected to ${server.host}; it serves no models yet.` };
    const shown = models.slice(0, LISTED_MODELS).join(', ');
    const more = models.length > LISTED_MODELS ? ` and ${models.length - LISTED_MODELS} more` : '';
    return { detail: `Connected to ${server.host}; it serves ${shown}${more}.` };
  },

  async doStream(options) {
    if (options.abortSignal.aborted) throw canceledError();
    if (options.model.type !== 'text') throw new ProviderError('bad_request', `${options.model.name} does not stream text.`, { isRetryable: false });
    return streamCompatibleChat(options, serverOrThrow(options.baseUrl));
  },
};
