import 'server-only';
import { z } from 'zod';
import { fluxDevParameters } from '../catalog/fal';
import type { GeneratedOutput } from '../provider';
import { downloadFalFile, falFileSchema, parseFalParameters, parseFalResult } from './fal-output';
import type { FalRecipe } from './fal-recipe';
import { failedOutcome } from './map-fal-error';

/**
 * fal bills each image rounded up to the next megapixel and quotes a 1024×1024 image as one
 * megapixel, so a billed megapixel here is 1024² pixels.
 * @see https://fal.ai/models/fal-ai/flux/dev
 */
const PIXELS_PER_BILLED_MEGAPIXEL = 1024 * 1024;

const dimension = z.number().int().positive().nullish();

/** `unoOutput` in the SDK's endpoint types: `{ images: Image[], has_nsfw_concepts: boolean[], seed, prompt, timings }`. */
const fluxResultSchema = z.object({
  images: z.array(falFileSchema.extend({ width: dimension, height: dimension })).min(1),
  has_nsfw_concepts: z.array(z.boolean()).nullish(),
});

/**
 * FLUX.1 [dev]: `image_size` takes `{ width, height }`, `num_images` 1–4. Images the safety
 * checker flagged come back blacked out, so they are dropped.
 * @see https://fal.ai/models/fal-ai/flux/dev/api
 */
export const fluxDevRecipe: FalRecipe = {
  input({ model, prompt, parameters }) {
    const { width, height, count, seed } = parseFalParameters(fluxDevParameters, model, parameters);
    return { prompt, image_size: { width, height }, num_images: count, ...(seed !== undefined ? { seed } : {}) };
  },
  async collect(data, options) {
    const requested = parseFalParameters(fluxDevParameters, options.model, options.parameters);
    const result = parseFalResult(fluxResultSchema, data);
    const kept = result.images.filter((_, index) => result.has_nsfw_concepts?.[index] !== true);
    if (kept.length === 0) {
      return failedOutcome('content_policy_violation', 'the safety checker flagged every image');
    }
    const outputs: GeneratedOutput[] = [];
    let megapixels = 0;
    for (const image of kept) {
      const { data: bytes, mimeType } = await downloadFalFile(image, 'image', 'image/jpeg', options);
      const width = image.width ?? undefined;
      const height = image.height ?? undefined;
      outputs.push({ kind: 'image', data: bytes, mimeType, width, height });
      megapixels += Math.ceil(((width ?? requested.width) * (height ?? requested.height)) / PIXELS_PER_BILLED_MEGAPIXEL);
    }
    return { state: 'succeeded', result: { outputs, usage: { images: outputs.length, megapixels } } };
  },
};
