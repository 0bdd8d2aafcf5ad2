import 'server-only';
import { ElevenLabsError } from '@elevenlabs/elevenlabs-js';
import { z } from 'zod';
import { ELEVENLABS_SOUND_EFFECT_MODEL_IDS, elevenlabsProvider } from '../catalog/elevenlabs';
import type { KeyCheckOptions, ModelSpec, ProviderAdapter } from '../provider';
import { ProviderError } from '../provider-error';
import { startElevenLabsCall } from './elevenlabs-client';
import { generateMusic } from './elevenlabs-music';
import { generateSoundEffect } from './elevenlabs-sound-effects';
import { generateSpeech } from './elevenlabs-speech';
import { ELEVENLABS_NAME, elevenLabsErrorCode, malformedResponse, mapElevenLabsError, readElevenLabsErrorDetail } from './map-elevenlabs-error';

const KEY_CHECK_TIMEOUT_MS = 15_000;

/** `GET /v1/models` as the SDK returns it (camelCase); only the id is required. */
const modelListSchema = z.array(z.looseObject({ modelId: z.string() }));

/**
 * Proves a key with `GET /v1/models`, which costs nothing. A key restricted to some endpoints
 * can be refused there with `missing_permissions` (HTTP 401) and still generate: that is a
 * working key, reported as restricted rather than as wrong.
 * @see https://elevenlabs.io/docs/api-reference/models/list
 */
async function testKey(options: KeyCheckOptions): Promise<{ detail?: string }> {
  const call = startElevenLabsCall(options, KEY_CHECK_TIMEOUT_MS);
  try {
    const models = modelListSchema.safeParse(await call.client.models.list(call.requestOptions));
    if (!models.success) throw malformedResponse('a model list that is not what the API documents');
    return { detail: `ElevenLabs accepted the key; it can see ${models.data.length} models.` };
  } catch (error) {
    if (!call.cancel.aborted && error instanceof ElevenLabsError && elevenLabsErrorCode(error) === 'missing_permissions') {
      const message = readElevenLabsErrorDetail(error.body).message;
      return {
        detail:
          'ElevenLabs accepted the key, but it is restricted to some endpoints' +
          `${message ? ` (ElevenLabs said: ${message.slice(0, 200)})` : ''}. ` +
          'Generations work where the key allows Text to Speech, Sound Effects or Music.',
      };
    }
    throw mapElevenLabsError(error, call);
  }
}

function kindOf(model: ModelSpec): 'speech' | 'sound_effect' | 'music' {
  if (model.type === 'music') return 'music';
  if (model.type === 'audio') return ELEVENLABS_SOUND_EFFECT_MODEL_IDS.includes(model.id) ? 'sound_effect' : 'speech';
  throw new ProviderError('model_not_found', `ElevenLabs makes speech, sound effects and music, not ${model.type}.`, {
    provider: ELEVENLABS_NAME,
    isRetryable: false,
  });
}

/** ElevenLabs: text to speech, sound effects and music, each one synchronous call returning MP3. */
export const elevenlabsAdapter: ProviderAdapter = {
  info: elevenlabsProvider,
  doTestKey: testKey,
  async doGenerate(options) {
    const kind = kindOf(options.model);
    switch (kind) {
      case 'speech':
        return generateSpeech(options);
      case 'sound_effect':
        return generateSoundEffect(options);
      case 'music':
        return generateMusic(options);
      default: {
        const exhaustive: never = kind;
        return exhaustive;
      }
    }
  },
};
