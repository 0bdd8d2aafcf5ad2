import 'server-only';
import { googleProvider } from '../catalog/google';
import type { CallOptions, ProviderAdapter } from '../provider';
import { ProviderError } from '../provider-error';
import { GOOGLE_NAME, captureResponses, createCallGuard, createGoogleClient } from './google-client';
import { generateGoogleImage } from './google-image';
import { generateGoogleMusic } from './google-music';
import { modelListSchema } from './google-schemas';
import { streamGoogleText } from './google-text';
import { pollGoogleVideo, submitGoogleVideo } from './google-video';
import { malformedResponse, mapGoogleError } from './map-google-error';

const KEY_CHECK_TIMEOUT_MS = 20_000;

function unsupported(options: CallOptions, how: string): ProviderError {
  return new ProviderError('model_not_found', `${GOOGLE_NAME} cannot run ${options.model.id} ${how}.`, { provider: GOOGLE_NAME, isRetryable: false });
}

/**
 * Google's Gemini Developer API: Gemini text (streamed), Gemini image models, Veo video (a
 * long-running operation) and Lyria music.
 * @see https://ai.google.dev/api
 */
export const googleAdapter: ProviderAdapter = {
  info: googleProvider,

  /** `GET /v1/models`: the cheapest call that proves the key. */
  async doTestKey(options) {
    const capture = captureResponses(options.fetch);
    const client = createGoogleClient(options, capture);
    const guard = createCallGuard(options.abortSignal, options.timeoutMs ?? KEY_CHECK_TIMEOUT_MS);
    try {
      const pager = await client.models.list({ config: { pageSize: 100, abortSignal: guard.signal } });
      const models = modelListSchema.safeParse(pager.page);
      if (!models.success) throw malformedResponse('a model list');
      return { detail: `The key works: ${models.data.length} models are available to it.` };
    } catch (error) {
      throw mapGoogleError(error, { abortSignal: options.abortSignal, timedOut: guard.timedOut, headers: capture.headers });
    } finally {
      guard.dispose();
    }
  },

  async doStream(options) {
    if (options.model.type !== 'text') throw unsupported(options, 'as a stream');
    return streamGoogleText(options);
  },

  async doGenerate(options) {
    switch (options.model.type) {
      case 'image':
        return generateGoogleImage(options);
      case 'music':
        return generateGoogleMusic(options);
      case 'text':
        return streamGoogleText({ ...options, onText: () => undefined });
      default:
        throw unsupported(options, 'in one request');
    }
  },

  async doSubmit(options) {
    if (options.model.type !== 'video') throw unsupported(options, 'as a queued job');
    return submitGoogleVideo(options);
  },

  async doPoll(options) {
    if (options.model.type !== 'video') throw unsupported(options, 'as a queued job');
    return pollGoogleVideo(options);
  },

  /**
   * The Gemini API has no cancel for Veo operations (models.operations offers get and list only),
   * so nothing is sent: the operation runs to its end and the worker discards the result.
   */
  async doCancel() {},
};
