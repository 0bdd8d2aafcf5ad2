import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource } from './shared';

const falPrices = priceSource('https://fal.ai/pricing');

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
        parameters: z.object({
          width: z.number().int().min(256).max(2048).default(1024),
          height: z.number().int().min(256).max(2048).default(1024),
          seed: z.number().int().min(0).optional(),
        }),
        pricing: { unit: 'per_megapixel', usd: 0.025, source: falPrices },
      },
      {
        id: 'fal-ai/kling-video/v3/pro/text-to-video',
        type: 'video',
        name: 'Kling 3 Pro',
        execution: 'queued',
        parameters: z.object({
          durationSeconds: z.number().int().min(3).max(15).default(5),
          aspectRatio: z.enum(['16:9', '9:16', '1:1']).default('16:9'),
        }),
        pricing: { unit: 'per_second', usd: 0.224, source: falPrices },
      },
      {
        id: 'fal-ai/stable-audio-25/text-to-audio',
        type: 'music',
        name: 'Stable Audio 2.5',
        execution: 'queued',
        parameters: z.object({ durationSeconds: z.number().min(1).max(190).default(30) }),
        pricing: { unit: 'unknown', source: falPrices },
      },
    ],
  };
