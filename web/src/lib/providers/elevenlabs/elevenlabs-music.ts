import 'server-only';
import { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import { elevenlabsMusicParameters } from '../catalog/elevenlabs';
import type { CallOptions, GenerateResult } from '../provider';
import { ProviderError } from '../provider-error';
import { readAudioResponse, startElevenLabsCall } from './elevenlabs-client';
import { parseParameters, requirePrompt } from './elevenlabs-parameters';
import { ELEVENLABS_NAME } from './map-elevenlabs-error';

/** A song of up to ten minutes is composed before the first byte arrives. */
const MUSIC_TIMEOUT_MS = 600_000;

const MUSIC_MODEL_IDS: readonly string[] = Object.values(ElevenLabs.MusicModelId);

function isMusicModelId(id: string): id is ElevenLabs.MusicModelId {
  return MUSIC_MODEL_IDS.includes(id);
}

/**
 * Music: `POST /v1/music?output_format=mp3_44100_128` with
 * `{prompt, music_length_ms, model_id, force_instrumental}`; the answer is MP3 bytes of that
 * length, which is what is billed.
 * @see https://elevenlabs.io/docs/api-reference/music/compose
 */
export async function generateMusic(options: CallOptions): Promise<GenerateResult> {
  const prompt = requirePrompt(options.prompt);
  const { durationSeconds, forceInstrumental } = parseParameters(elevenlabsMusicParameters, options.parameters);
  const modelId = options.model.id;
  if (!isMusicModelId(modelId)) {
    throw new ProviderError('model_not_found', `ElevenLabs has no music model "${modelId}".`, { provider: ELEVENLABS_NAME, isRetryable: false });
  }
  const musicLengthMs = Math.round(durationSeconds * 1000);
  const call = startElevenLabsCall(options, MUSIC_TIMEOUT_MS);
  const audio = await readAudioResponse(
    call,
    () => call.client.music.compose({ prompt, musicLengthMs, modelId, forceInstrumental, outputFormat: 'mp3_44100_128' }, call.requestOptions),
    () => options.onProgress(0.5),
  );
  const seconds = musicLengthMs / 1000;
  return { outputs: [{ kind: 'audio', data: audio, mimeType: 'audio/mpeg', durationSeconds: seconds }], usage: { seconds } };
}
