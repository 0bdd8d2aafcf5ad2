import 'server-only';
import { z } from 'zod';
import { klingParameters, veoParameters } from '../catalog/fal';
import type { CallOptions } from '../provider';
import { downloadFalFile, falFileSchema, parseFalParameters, parseFalResult } from './fal-output';
import type { FalOutcome, FalRecipe } from './fal-recipe';

/** `I2VOutput` in the SDK's endpoint types. */
const videoResultSchema = z.object({ video: falFileSchema });

async function collectVideo(data: unknown, options: CallOptions, durationSeconds: number): Promise<FalOutcome> {
  const { video } = parseFalResult(videoResultSchema, data);
  const { data: bytes, mimeType } = await downloadFalFile(video, 'video', 'video/mp4', options);
  // fal bills the seconds asked for; the clip is that long.
  const output = { kind: 'video' as const, data: bytes, mimeType, durationSeconds };
  return { state: 'succeeded', result: { outputs: [output], usage: { seconds: durationSeconds } } };
}

/**
 * Veo 3.1: `duration` is "4s" | "6s" | "8s"; audio is always on (the price in the catalog is
 * the with-audio one).
 * @see https://fal.ai/models/fal-ai/veo3.1/api
 */
export const veoRecipe: FalRecipe = {
  input({ model, prompt, parameters }) {
    const { durationSeconds, aspectRatio, resolution, seed } = parseFalParameters(veoParameters, model, parameters);
    return {
      prompt,
      duration: `${durationSeconds}s`,
      aspect_ratio: aspectRatio,
      resolution,
      generate_audio: true,
      ...(seed !== undefined ? { seed } : {}),
    };
  },
  collect(data, options) {
    return collectVideo(data, options, parseFalParameters(veoParameters, options.model, options.parameters).durationSeconds);
  },
};

/**
 * Kling 3 (Standard and Pro text-to-video): `duration` is "3" … "15"; native audio on.
 * @see https://fal.ai/models/fal-ai/kling-video/v3/standard/text-to-video/api
 */
export const klingRecipe: FalRecipe = {
  input({ model, prompt, parameters }) {
    const { durationSeconds, aspectRatio } = parseFalParameters(klingParameters, model, parameters);
    return { prompt, duration: String(durationSeconds), aspect_ratio: aspectRatio, generate_audio: true };
  },
  collect(data, options) {
    return collectVideo(data, options, parseFalParameters(klingParameters, options.model, options.parameters).durationSeconds);
  },
};
