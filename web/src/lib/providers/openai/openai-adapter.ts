import 'server-only';
import { openaiProvider } from '../catalog/openai';
import type { CallOptions, ProviderAdapter } from '../provider';
import { ProviderError } from '../provider-error';
import { canceledError, mapOpenAIError } from './map-openai-error';
import { generateOpenAIImage } from './openai-image';
import { listOpenAIModels } from './openai-key-check';
import { generateOpenAISpeech } from './openai-speech';
import { streamOpenAIText } from './openai-text';

function requireKey(options: Pick<CallOptions, 'apiKey' | 'abortSignal'>): void {
  if (options.abortSignal.aborted) throw canceledError();
  if (!options.apiKey?.trim()) {
    throw new ProviderError('invalid_key', 'Add an API key for OpenAI in Settings to use it.', { provider: 'OpenAI', isRetryable: false });
  }
}

/**
 * OpenAI: text (streamed, Responses API), images (GPT Image) and speech (TTS, MP3).
 * @see https://developers.openai.com/api/reference
 */
export const openaiAdapter: ProviderAdapter = {
  info: openaiProvider,

  async doTestKey(options) {
    requireKey(options);
    const models = await listOpenAIModels(options, {
      providerName: 'OpenAI',
      mapError: (error) => mapOpenAIError(error, { providerName: 'OpenAI', abortSignal: options.abortSignal }),
    });
    return { detail: `The key works; it can use ${models.length} model${models.length === 1 ? '' : 's'}.` };
  },

  async doStream(options) {
    requireKey(options);
    if (options.model.type !== 'text') throw new ProviderError('bad_request', `${options.model.name} does not stream text.`, { isRetryable: false });
    return streamOpenAIText(options);
  },

  async doGenerate(options) {
    requireKey(options);
    switch (options.model.type) {
      case 'image':
        return generateOpenAIImage(options);
      case 'audio':
        return generateOpenAISpeech(options);
      case 'text':
        return streamOpenAIText({ ...options, onText: () => undefined });
      case 'video':
        throw new ProviderError('model_not_found', 'OpenAI has no video model: its Sora video API was shut down on 2026-09-24.', { isRetryable: false });
      case 'music':
        throw new ProviderError('model_not_found', 'OpenAI has no music model.', { isRetryable: false });
      default: {
        const exhaustive: never = options.model.type;
        return exhaustive;
      }
    }
  },
};
