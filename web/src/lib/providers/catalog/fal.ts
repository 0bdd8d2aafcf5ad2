import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource } from './shared';

/**
 * fal's models, run through fal's queue. Prices are fal's own per-model figures (the model
 * pages quote them); fal bills only successful outputs.
 * @see https://fal.ai/pricing
 */
const seed = z.number().int().min(0).optional().meta({ description: 'Same seed and prompt give the same result' });

export const fluxDevParameters = z.object({
  width: z.number().int().min(256).max(2048).default(1024).meta({ description: 'Width in pixels' }),
  height: z.number().int().min(256).max(2048).default(1024).meta({ description: 'Height in pixels' }),
  count: z.number().int().min(1).max(4).default(1).meta({ description: 'Number of images' }),
  seed,
});

export const veoParameters = z.object({
  durationSeconds: z.union([z.literal(4), z.literal(6), z.literal(8)]).default(8).meta({ description: 'Length in seconds' }),
  aspectRatio: z.enum(['16:9', '9:16']).default('16:9'),
  resolution: z.enum(['720p', '1080p']).default('720p'),
  seed,
});

export const klingParameters = z.object({
  durationSeconds: z.number().int().min(3).max(15).default(5).meta({ description: 'Length in seconds' }),
  aspectRatio: z.enum(['16:9', '9:16', '1:1']).default('16:9'),
});

export const stableAudioParameters = z.object({
  durationSeconds: z.number().int().min(1).max(190).default(30).meta({ description: 'Length in seconds' }),
  seed,
});

export const lyriaParameters = z.object({
  negativePrompt: z.string().max(2000).optional().meta({ description: 'What the music should not have' }),
  seed,
});

export const falProvider: ProviderInfo = {
  id: 'fal',
  name: 'fal',
  keyless: false,
  website: 'https://fal.ai',
  models: [
    {
      id: 'fal-ai/flux/dev',
      type: 'image',
      name: 'FLUX.1 [dev]',
      execution: 'queued',
      parameters: fluxDevParameters,
      pricing: {
        unit: 'per_megapixel',
        usd: 0.025,
        source: priceSource('https://fal.ai/models/fal-ai/flux/dev', 'Each image is billed rounded up to the next megapixel'),
      },
    },
    {
      id: 'fal-ai/veo3.1',
      type: 'video',
      name: 'Veo 3.1 (with sound)',
      execution: 'queued',
      parameters: veoParameters,
      pricing: {
        unit: 'per_second',
        usd: 0.4,
        source: priceSource('https://fal.ai/models/fal-ai/veo3.1', 'With audio at 720p or 1080p ($0.20 a second without audio)'),
      },
    },
    {
      id: 'fal-ai/kling-video/v3/standard/text-to-video',
      type: 'video',
      name: 'Kling 3 Standard (with sound)',
      execution: 'queued',
      parameters: klingParameters,
      pricing: {
        unit: 'per_second',
        usd: 0.126,
        source: priceSource(
          'https://fal.ai/models/fal-ai/kling-video/v3/standard/text-to-video',
          'With native audio ($0.084 a second without audio)',
        ),
      },
    },
    {
      id: 'fal-ai/kling-video/v3/pro/text-to-video',
      type: 'video',
      name: 'Kling 3 Pro (with sound)',
      execution: 'queued',
      parameters: klingParameters,
      pricing: {
        unit: 'unknown',
        source: priceSource(
          'https://fal.ai/models/fal-ai/kling-video/v3/pro/text-to-video',
          'Text-to-video rate not confirmed; fal lists Kling 3 Pro image-to-video at $0.168 a second with audio',
        ),
      },
    },
    {
      id: 'fal-ai/stable-audio-25/text-to-audio',
      type: 'music',
      name: 'Stable Audio 2.5',
      execution: 'queued',
      parameters: stableAudioParameters,
      pricing: { unit: 'per_request', usd: 0.2, source: priceSource('https://fal.ai/models/fal-ai/stable-audio-25/text-to-audio') },
    },
    {
      id: 'fal-ai/lyria2',
      type: 'music',
      name: 'Lyria 2 (30 s)',
      execution: 'queued',
      parameters: lyriaParameters,
      pricing: { unit: 'unknown', source: priceSource('https://fal.ai/models/fal-ai/lyria2') },
    },
  ],
};
