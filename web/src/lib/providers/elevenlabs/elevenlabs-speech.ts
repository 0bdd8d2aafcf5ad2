import 'server-only';
import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import { elevenlabsSpeechParameters } from '../catalog/elevenlabs';
import type { CallOptions, GenerateResult } from '../provider';
import { readAudioResponse, startElevenLabsCall } from './elevenlabs-client';
import { parseParameters, requirePrompt } from './elevenlabs-parameters';

const SPEECH_TIMEOUT_MS = 120_000;

/**
 * Text to speech: `POST /v1/text-to-speech/{voice_id}?output_format=mp3_44100_128` with
 * `{text, model_id, voice_settings?, language_code?, seed?}`; the answer is MP3 bytes. Billed by
 * the characters of the text. MP3 at 128 kbps is available on every plan.
 * @see https://elevenlabs.io/docs/api-reference/text-to-speech/convert
 */
export async function generateSpeech(options: CallOptions): Promise<GenerateResult> {
  const text = requirePrompt(options.prompt);
  const { voiceId, stability, similarityBoost, style, speed, languageCode, seed } = parseParameters(elevenlabsSpeechParameters, options.parameters);
  const voiceSettings: ElevenLabs.VoiceSettings = {
    ...(stability !== undefined ? { stability } : {}),
    ...(similarityBoost !== undefined ? { similarityBoost } : {}),
    ...(style !== undefined ? { style } : {}),
    ...(speed !== undefined ? { speed } : {}),
  };
  const call = startElevenLabsCall(options, SPEECH_TIMEOUT_MS);
  const audio = await readAudioResponse(
    call,
    () =>
      call.client.textToSpeech.convert(
        voiceId,
        {
          text,
          modelId: options.model.id,
          outputFormat: 'mp3_44100_128',
          ...(Object.keys(voiceSettings).length > 0 ? { voiceSettings } : {}),
          ...(languageCode !== undefined ? { languageCode } : {}),
          ...(seed !== undefined ? { seed } : {}),
        },
        call.requestOptions,
      ),
    () => options.onProgress(0.5),
  );
  return { outputs: [{ kind: 'audio', data: audio, mimeType: 'audio/mpeg' }], usage: { characters: text.length } };
}
