import { z } from 'zod';
import type { ModelSpec, ProviderInfo } from '../provider';
import { priceSource, textModel } from './shared';

const PRICING_URL = 'https://ai.google.dev/gemini-api/docs/pricing';
const googlePrices = (note?: string) => priceSource(PRICING_URL, note);

/** Aspect ratios the Gemini image models accept in `imageConfig.aspectRatio`. */
export const GEMINI_IMAGE_ASPECT_RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'] as const;
/** Output sizes in `imageConfig.imageSize` (Gemini 3 image models only). */
export const GEMINI_IMAGE_SIZES = ['1K', '2K', '4K'] as const;

export const VEO_ASPECT_RATIOS = ['16:9', '9:16'] as const;
export const VEO_RESOLUTIONS = ['720p', '1080p'] as const;

const aspectRatio = z.enum(GEMINI_IMAGE_ASPECT_RATIOS).default('1:1').meta({ description: 'Shape of the image' });

const imageSize = (sizes: readonly [string, ...string[]]) =>
  z.enum(sizes).default('1K').meta({ description: 'Resolution of the longer side (1K is about 1024 px)' });

function geminiImageModel(id: string, name: string, parameters: z.ZodObject, pricing: ModelSpec['pricing']): ModelSpec {
  return { id, type: 'image', name, execution: 'sync', parameters, pricing };
}

/**
 * Google's Gemini Developer API (not Vertex). Imagen is shut down there, so images come from the
 * Gemini image models; Veo runs as a long-running operation, Lyria through the Interactions API.
 * @see https://ai.google.dev/gemini-api/docs/models
 */
export const googleProvider: ProviderInfo = {
  id: 'google',
  name: 'Google Gemini',
  keyless: false,
  website: 'https://aistudio.google.com',
  models: [
    textModel('gemini-3.8-flash', 'Gemini 3.8 Flash', {
      unit: 'per_1m_tokens',
      inputUsd: 0.75,
      outputUsd: 3.75,
      source: googlePrices('Introductory price until 2026-12-31; $1.50 / $7.50 per 1M tokens from 2027.'),
    }),
    textModel('gemini-3.5-flash', 'Gemini 3.5 Flash', { unit: 'per_1m_tokens', inputUsd: 1.5, outputUsd: 9, source: googlePrices() }),
    textModel('gemini-3.1-pro-preview', 'Gemini 3.1 Pro (preview)', {
      unit: 'per_1m_tokens',
      inputUsd: 2,
      outputUsd: 12,
      source: googlePrices('For prompts up to 200k tokens; longer prompts cost more.'),
    }),
    geminiImageModel('gemini-3.1-flash-image', 'Gemini 3.1 Flash Image', z.object({ aspectRatio, imageSize: imageSize(GEMINI_IMAGE_SIZES) }), {
      unit: 'unknown',
      source: googlePrices('Image output is $60 per 1M tokens; the tokens per image are not published for each size.'),
    }),
    // 4K is left out so that the per-image price below holds for every request.
    geminiImageModel('gemini-3-pro-image', 'Gemini 3 Pro Image', z.object({ aspectRatio, imageSize: imageSize(['1K', '2K']) }), {
      unit: 'per_image',
      usd: 0.134,
      source: googlePrices('Image output $120 per 1M tokens, about $0.134 for a 1K or 2K image.'),
    }),
    geminiImageModel('gemini-2.5-flash-image', 'Gemini 2.5 Flash Image', z.object({ aspectRatio }), {
      unit: 'per_image',
      usd: 0.039,
      source: googlePrices('Image output $30 per 1M tokens, about $0.039 per image.'),
    }),
    {
      id: 'veo-3.1-generate-preview',
      type: 'video',
      name: 'Veo 3.1 (preview)',
      description: 'Video with sound from a text prompt.',
      execution: 'queued',
      parameters: z.object({
        durationSeconds: z
          .union([z.literal(4), z.literal(6), z.literal(8)])
          .default(8)
          .meta({ description: 'Length in seconds' }),
        aspectRatio: z.enum(VEO_ASPECT_RATIOS).default('16:9').meta({ description: 'Landscape or portrait' }),
        resolution: z.enum(VEO_RESOLUTIONS).default('720p').meta({ description: 'Output resolution' }),
        negativePrompt: z.string().max(2_000).optional().meta({ description: 'What the video should not show' }),
      }),
      pricing: { unit: 'per_second', usd: 0.4, source: googlePrices('Veo 3.1 Standard with audio, 720p and 1080p.') },
    },
    {
      id: 'lyria-3.5',
      type: 'music',
      name: 'Lyria 3.5',
      description: 'A song with vocals and lyrics from a description.',
      execution: 'sync',
      parameters: z.object({}),
      pricing: { unit: 'per_request', usd: 0.08, source: googlePrices('$0.08 per song.') },
    },
  ],
};
