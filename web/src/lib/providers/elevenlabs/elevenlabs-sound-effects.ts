import 'server-only';
import { elevenlabsSoundEffectParameters } from '../catalog/elevenlabs';
import type { CallOptions, GenerateResult } from '../provider';
import { ProviderError } from '../provider-error';
import { readAudioResponse, startElevenLabsCall } from './elevenlabs-client';
import { parseParameters, requirePrompt } from './elevenlabs-parameters';
import { ELEVENLABS_NAME } from './map-elevenlabs-error';

const SOUND_EFFECT_TIMEOUT_MS = 120_000;

/**
 * Sound effects: `POST /v1/sound-generation?output_format=mp3_44100_128` with
 * `{text, model_id, duration_seconds?, prompt_influence, loop}`; the answer is MP3 bytes. Without
 * a duration the model picks one, so the length is only known when the request fixes it.
 * @see https://elevenlabs.io/docs/api-reference/text-to-sound-effects/convert
 */
export async function generateSoundEffect(options: CallOptions): Promise<GenerateResult> {
  const text = requirePrompt(options.prompt);
  const { durationSeconds, promptInfluence, loop } = parseParameters(elevenlabsSoundEffectParameters, options.parameters);
  const modelId = options.model.id;
  if (modelId !== 'eleven_text_to_sound_v2') {
    throw new ProviderError('model_not_found', `ElevenLabs has no sound-effect model "${modelId}".`, { provider: ELEVENLABS_NAME, isRetryable: false });
  }
  const call = startElevenLabsCall(options, SOUND_EFFECT_TIMEOUT_MS);
  const audio = await readAudioResponse(
    call,
    () =>
      call.client.textToSoundEffects.convert(
        { text, modelId, outputFormat: 'mp3_44100_128', promptInfluence, loop, ...(durationSeconds !== undefined ? { durationSeconds } : {}) },
        call.requestOptions,
      ),
    () => options.onProgress(0.5),
  );
  return {
    outputs: [{ kind: 'audio', data: audio, mimeType: 'audio/mpeg', ...(durationSeconds !== undefined ? { durationSeconds } : {}) }],
    usage: durationSeconds !== undefined ? { seconds: durationSeconds } : {},
  };
}
