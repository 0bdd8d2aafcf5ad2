import 'server-only';
import { z } from 'zod';
import { lyriaParameters, stableAudioParameters } from '../catalog/fal';
import type { CallOptions } from '../provider';
import { downloadFalFile, falFileSchema, parseFalParameters, parseFalResult } from './fal-output';
import type { FalOutcome, FalRecipe } from './fal-recipe';

/** Lyria 2 always makes a 30-second clip (48 kHz WAV). @see https://fal.ai/models/fal-ai/lyria2/api */
const LYRIA_SECONDS = 30;

/** `TextToAudioOutput` / `DiaOutput` in the SDK's endpoint types. */
const audioResultSchema = z.object({ audio: falFileSchema });

async function collectAudio(data: unknown, options: CallOptions, durationSeconds: number): Promise<FalOutcome> {
  const { audio } = parseFalResult(audioResultSchema, data);
  const { data: bytes, mimeType } = await downloadFalFile(audio, 'audio', 'audio/wav', options);
  const output = { kind: 'audio' as const, data: bytes, mimeType, durationSeconds };
  return { state: 'succeeded', result: { outputs: [output], usage: { seconds: durationSeconds } } };
}

/**
 * Stable Audio 2.5: `seconds_total` 1–190.
 * @see https://fal.ai/models/fal-ai/stable-audio-25/text-to-audio/api
 */
export const stableAudioRecipe: FalRecipe = {
  input({ model, prompt, parameters }) {
    const { durationSeconds, seed } = parseFalParameters(stableAudioParameters, model, parameters);
    return { prompt, seconds_total: durationSeconds, ...(seed !== undefined ? { seed } : {}) };
  },
  collect(data, options) {
    return collectAudio(data, options, parseFalParameters(stableAudioParameters, options.model, options.parameters).durationSeconds);
  },
};

/** Lyria 2: `prompt`, `negative_prompt`, `seed`. */
export const lyriaRecipe: FalRecipe = {
  input({ model, prompt, parameters }) {
    const { negativePrompt, seed } = parseFalParameters(lyriaParameters, model, parameters);
    return { prompt, ...(negativePrompt ? { negative_prompt: negativePrompt } : {}), ...(seed !== undefined ? { seed } : {}) };
  },
  collect(data, options) {
    return collectAudio(data, options, LYRIA_SECONDS);
  },
};
