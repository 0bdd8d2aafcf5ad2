import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource, textModel } from './shared';

const googlePrices = priceSource('https://ai.google.dev/gemini-api/docs/pricing');

export const googleProvider: ProviderInfo = {
    id: 'google',
    name: 'Google Gemini',
    keyless: false,
    website: 'https://aistudio.google.com',
    models: [
      textModel('gemini-3.8-flash', 'Gemini 3.8 Flash', { unit: 'per_1m_tokens', inputUsd: 0.75, outputUsd: 3.75, source: googlePrices }),
      {
        id: 'gemini-2.5-flash-image',
        type: 'image',
        name: 'Gemini 2.5 Flash Image',
        execution: 'sync',
        parameters: z.object({ aspectRatio: z.enum(['1:1', '16:9', '9:16', '4:3', '3:4']).default('1:1') }),
        pricing: { unit: 'per_image', usd: 0.039, source: googlePrices },
      },
      {
        id: 'veo-3.1-generate-preview',
        type: 'video',
        name: 'Veo 3.1',
        execution: 'queued',
        parameters: z.object({
          durationSeconds: z.union([z.literal(4), z.literal(6), z.literal(8)]).default(8),
          aspectRatio: z.enum(['16:9', '9:16']).default('16:9'),
        }),
        pricing: { unit: 'per_second', usd: 0.4, source: googlePrices },
      },
      {
        id: 'lyria-3.5',
        type: 'music',
        name: 'Lyria 3.5',
        execution: 'sync',
        parameters: z.object({}),
        pricing: { unit: 'per_request', usd: 0.08, source: googlePrices },
      },
    ],
  };
